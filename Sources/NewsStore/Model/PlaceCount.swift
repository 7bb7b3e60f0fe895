/// A place with how often it is mentioned (in one article or across the store).
public struct PlaceCount: Sendable, Hashable, Codable {
    public var place: Place
    public var mentions: Int
    /// Distinct articles that mention it.
    public var articles: Int
    /// Distance from the `--near` place in kilometres, when asked.
    public var distanceKm: Double?

    /// A count, as the store returns them (also for drawing or testing without a store).
    public init(place: Place, mentions: Int, articles: Int, distanceKm: Double? = nil) {
        self.place = place
        self.mentions = mentions
        self.articles = articles
        self.distanceKm = distanceKm
    }
}
