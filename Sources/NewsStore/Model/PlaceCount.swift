/// A place with how often it is mentioned (in one article or across the store).
public struct PlaceCount: Sendable, Hashable, Codable {
    public var place: Place
    public var mentions: Int
    /// Distinct articles that mention it.
    public var articles: Int
    /// Distance from the `--near` place in kilometres, when asked.
    public var distanceKm: Double?
}
