/// One article in a listing: `newsq articles`, and the article part of a search hit.
public struct ArticleSummary: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    /// UTC ISO 8601 instant or bare date, as stored.
    public var publishedAt: PublishedTime?
    public var title: String
    public var source: String?
    /// The byline in order: each person's name, with their role and outlet when it gives them
    /// (the same `Byline`s `Article.authors` holds, so every command prints authors alike).
    public var authors: [Byline]

    /// A summary, as the store returns them (also for rendering or testing without a store).
    public init(id: Int, publishedAt: PublishedTime?, title: String, source: String?, authors: [Byline]) {
        self.id = id
        self.publishedAt = publishedAt
        self.title = title
        self.source = source
        self.authors = authors
    }
}
