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

    /// Class, id and itemprop words that mark a modification stamp.
    static func isUpdateMark(_ text: String) -> Bool {
        ["modif", "updat", "edited", "changed"].contains { text.contains($0) }
    }

    /// Class or id words of an element whose short text may be the visible stamp.
    static func isDateClass(_ text: String) -> Bool {
        ["date", "time", "stamp", "publish", "posted", "byline", "dateline"].contains { text.contains($0) }
    }
}
