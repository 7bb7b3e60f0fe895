/// One article with everything newsq knows of it: `newsq show`.
public struct ArticleDetail: Sendable, Hashable, Codable {
    public var article: Article
    /// Places it mentions, most mentioned first.
    public var places: [PlaceCount]
    /// Events it reports, in date order.
    public var events: [Event]
}
