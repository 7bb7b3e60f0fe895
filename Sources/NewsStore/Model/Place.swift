/// A place: from the gazetteer (with coordinates) or known only by the name an article gave it.
public struct Place: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var name: String
    /// city, village, country, region, mountain, area, frontline, base …
    public var kind: PlaceKind
    /// ISO 3166-1 alpha-2 code, when known.
    public var countryCode: String?
    public var admin1: String?
    /// Nil when the place is known by name only: newsq never invents coordinates.
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?
    public var geonamesID: Int?
    /// A gazetteer entry, or a name an article gave.
    public var origin: PlaceOrigin

    /// True when the place came from (or was matched to) a gazetteer entry.
    public var isResolved: Bool { origin == .gazetteer }

    /// Makes a place.
    public init(
        id: Int, name: String, kind: PlaceKind, countryCode: String? = nil, admin1: String? = nil,
        latitude: Double? = nil, longitude: Double? = nil, population: Int? = nil, geonamesID: Int? = nil,
        origin: PlaceOrigin
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.geonamesID = geonamesID
        self.origin = origin
    }
}
