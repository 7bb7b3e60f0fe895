/// Everything an import would store for one article: the dry run of `newsq extract`.
public struct ExtractedArticle: Sendable, Hashable, Codable {
    public var article: CleanedArticle
    public var places: [ExtractedPlace]
    public var events: [ExtractedEvent]

    /// Makes an extraction result.
    public init(article: CleanedArticle, places: [ExtractedPlace], events: [ExtractedEvent]) {
        self.article = article
        self.places = places
        self.events = events
    }
}
