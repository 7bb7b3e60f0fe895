/// One article in a listing: `newsq articles`, and the article part of a search hit.
public struct ArticleSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    /// UTC ISO 8601 instant or bare date, as stored.
    public var publishedAt: PublishedTime?
    public var title: String
    public var source: String?
    /// Author names in byline order.
    public var authors: [String]

    /// A summary, as the store returns them (also for rendering or testing without a store).
    public init(id: Int, publishedAt: PublishedTime?, title: String, source: String?, authors: [String]) {
        self.id = id
        self.publishedAt = publishedAt
        self.title = title
        self.source = source
        self.authors = authors
    }
}
