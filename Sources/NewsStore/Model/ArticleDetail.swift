/// One article with everything newsq knows of it: `newsq show`.
public struct ArticleDetail: Sendable, Hashable, Codable {
    public var article: Article
    /// Places it mentions, most mentioned first.
    public var places: [PlaceCount]
    /// Events it reports, in date order.
    public var events: [Event]
}

/// A place with how often it is mentioned (in one article or across the store).
public struct PlaceCount: Sendable, Hashable, Codable {
    public var place: Place
    public var mentions: Int
    /// Distinct articles that mention it.
    public var articles: Int
    /// Distance from the `--near` place in kilometres, when asked.
    public var distanceKm: Double?
}

/// A stored event.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var articleID: Int
    public var articleTitle: String
    /// 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'.
    public var date: String
    public var start: String
    public var end: String
    public var precision: DatePrecision
    public var expression: String
    public var rule: String
    public var evidence: String
    /// Names of the places in the evidence sentence.
    public var places: [String]
}
