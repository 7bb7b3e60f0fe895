/// The page sets of `../shared/corpus/html`, in the order the table lists them.
enum PageSet: String, CaseIterable, Codable {
    case fundus
    case postlight = "postlight-parser"
    case newspaper4k
    case trafilatura
    case readability
    case dragnet
}
