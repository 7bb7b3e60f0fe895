/// What `NewsStore.removeArticles` deleted: the articles and everything that hung off them only.
public struct RemovalSummary: Sendable, Hashable, Codable {
    /// The removed articles' ids, ascending.
    public var articleIDs: [Int]
    public var mentions: Int
    public var events: Int
    /// Author rows no longer credited on any article.
    public var authors: Int
    /// Place rows no article or event points at any more (names from text, and shipped
    /// gazetteer places the binary still holds).
    public var places: Int

    /// Makes a summary.
    public init(articleIDs: [Int] = [], mentions: Int = 0, events: Int = 0, authors: Int = 0, places: Int = 0) {
        self.articleIDs = articleIDs
        self.mentions = mentions
        self.events = events
        self.authors = authors
        self.places = places
    }
}
