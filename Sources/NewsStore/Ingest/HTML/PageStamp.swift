/// A date a page's body shows or carries in an attribute: `<time datetime>`, an element marked
/// `itemprop="datePublished"`, a `data-published` attribute, or the short visible text of an
/// element whose class names a date ("article-date", "byline__timestamp").
struct PageStamp: Equatable {
    /// How the page marks the stamp, most trusted first.
    enum Kind: Int, Comparable {
        /// Marked as the publication time (`itemprop="datePublished"`, `pubdate`, a class with
        /// "publish").
        case published
        /// A machine-readable stamp with nothing saying what it is (`<time datetime>`).
        case unmarked
        /// Visible text ("Dec. 22, 2016, 6:47 p.m."), read by `PublicationDateParser`.
        case visible

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var text: String
    var kind: Kind
    /// Marked or labelled as an update ("dateModified", class "updated", "Last updated …").
    var isUpdate: Bool
    /// The element's place in document order.
    var order: Int

    /// Class and id fragments that mark a modification stamp.
    private static let updateMarks = ["modif", "updat", "edited", "changed"].map { Array($0.utf8) }
    /// Class and id fragments of an element whose short text may be the visible stamp.
    private static let dateMarks = ["date", "time", "stamp", "publish", "posted", "byline"].map { Array($0.utf8) }
    private static let publishMark = Array("publish".utf8)

    /// True when the class or id marks a modification stamp ("updated", "date-modified").
    static func isUpdateMark(_ marks: [String]) -> Bool { marks.contains { has($0, updateMarks) } }

    /// True when the class or id names a date ("article-date", "byline__timestamp").
    static func isDateClass(_ marks: [String]) -> Bool { marks.contains { has($0, dateMarks) } }

    /// True when the class or id holds "publish".
    static func isPublishMark(_ marks: [String]) -> Bool { marks.contains { has($0, [publishMark]) } }

    /// A case-insensitive search for ASCII fragments in one pass over the bytes, without copying:
    /// every element's class is checked, and lower-casing and Foundation's substring search are
    /// slow for that many.
    private static func has(_ text: String, _ needles: [[UInt8]]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index] | 0x20
                for needle in needles where needle[0] == byte && index + needle.count <= bytes.count {
                    var offset = 1
                    while offset < needle.count, bytes[index + offset] | 0x20 == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }
}
