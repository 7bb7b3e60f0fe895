/// Where newsq learned of a place: a gazetteer entry (GeoNames, the shipped countries, a shipped
/// region with a point derived from GeoNames), or only the name an article gave it. Encodes as the `place.origin` column stores it
/// (`"gazetteer"`, `"text"`).
public enum PlaceOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// From, or matched to, a gazetteer entry.
    case gazetteer
    /// Known only by the name an article gave it: newsq invents no coordinates for it.
    case text
}
