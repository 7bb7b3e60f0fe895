/// Which articles `newsq articles` lists, newest first: every filter that is set must hold.
public struct ArticleFilter: Sendable, Hashable {
    /// Publication days (an article with no date is outside any bounded range).
    public var range: DateRange
    /// Only articles with no publication date (pages that gave none).
    public var undatedOnly: Bool
    /// Only articles that mention this place (by name or alternate name).
    public var place: String?
    /// Only articles with this author: the full name as in the byline, case and accents ignored.
    public var author: String?
    /// Only articles from this source or outlet ("CNN"), case ignored.
    public var source: String?
    /// Only articles that mention a place in this country: an ISO code (`IQ`, `IRQ`) or its name.
    public var country: String?
    public var limit: Int
    public var offset: Int

    /// Makes a filter; by default the 50 newest articles.
    public init(
        range: DateRange = .all, undatedOnly: Bool = false, place: String? = nil, author: String? = nil,
        source: String? = nil, country: String? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.range = range
        self.undatedOnly = undatedOnly
        self.place = place
        self.author = author
        self.source = source
        self.country = country
        self.limit = limit
        self.offset = offset
    }
}
