import Foundation

/// What a page of the corpus should give, as far as its set knows: nil where the set has no
/// ground truth for a field.
struct ExpectedPage {
    var name: String
    var file: URL
    var title: String?
    /// nil: not known; []: the page has no author.
    var authors: [String]?
    var date: String?
    var body: String?
    /// Snippets the body must and must not contain (trafilatura's evaluation data).
    var with: [String] = []
    var without: [String] = []

    /// The pages of one set in `folder`, in name order.
    /// - Throws: `CorpusFiles.Failure` for a missing or malformed file.
    static func pages(of set: PageSet, in folder: URL) throws -> [ExpectedPage] {
        switch set {
        case .trafilatura: return try trafilaturaPages(folder)
        case .newspaper4k: return try newspaper4kPages(folder)
        default:
            return try CorpusFiles.names(in: folder, suffix: ".html.gz").map { name in
                let answer = try CorpusFiles.object(folder.appendingPathComponent("\(name).expected.json"))
                return ExpectedPage(
                    name: name, file: folder.appendingPathComponent("\(name).html.gz"),
                    title: answer["title"] as? String, authors: answer["authors"] as? [String],
                    date: answer["date"] as? String, body: answer["body"] as? String)
            }
        }
    }

    /// newspaper4k's own output: `publish_date` in the JSON, the body in NAME.expected.txt.
    private static func newspaper4kPages(_ folder: URL) throws -> [ExpectedPage] {
        try CorpusFiles.names(in: folder, suffix: ".html.gz").map { name in
            let answer = try CorpusFiles.object(folder.appendingPathComponent("\(name).expected.json"))
            let text = folder.appendingPathComponent("\(name).expected.txt")
            let body = FileManager.default.contents(atPath: text.path).map { String(decoding: $0, as: UTF8.self) }
            let authors = answer["authors"] as? [String]
            return ExpectedPage(
                name: name, file: folder.appendingPathComponent("\(name).html.gz"), title: answer["title"] as? String,
                authors: authors?.isEmpty == true ? nil : authors, date: answer["publish_date"] as? String,
                body: body)
        }
    }

    /// Pages named in evaldata-en.json ("NAME.html" for NAME.html.gz), with their snippets.
    private static func trafilaturaPages(_ folder: URL) throws -> [ExpectedPage] {
        let evaluation = try CorpusFiles.object(folder.appendingPathComponent("evaldata-en.json"))
        var snippets: [String: (with: [String], without: [String])] = [:]
        for case let entry as [String: Any] in evaluation.values {
            guard let file = entry["file"] as? String else { continue }
            snippets[file] = (entry["with"] as? [String] ?? [], entry["without"] as? [String] ?? [])
        }
        return try CorpusFiles.names(in: folder, suffix: ".html.gz").map { name in
            let kept = snippets[name + ".html"] ?? ([], [])
            return ExpectedPage(
                name: name, file: folder.appendingPathComponent("\(name).html.gz"), with: kept.with,
                without: kept.without)
        }
    }
}
