/// One place an article mentions, with every mention of it (spelling variants merged).
public struct ExtractedPlace: Sendable, Hashable, Codable {
    /// Canonical name: the gazetteer's, or the text's for a place known by name only.
    public var name: String
    /// city, village, country, region … or what the text says ("frontline").
    public var kind: PlaceKind
    public var countryCode: String?
    public var admin1: String?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?
    public var geonamesID: Int?
    /// A gazetteer entry, or a place known by name only.
    public var origin: PlaceOrigin
    public var mentions: [ExtractedMention]

    /// Makes an extracted place.
    public init(
        name: String, kind: PlaceKind, countryCode: String? = nil, admin1: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, population: Int? = nil, geonamesID: Int? = nil, origin: PlaceOrigin,
        mentions: [ExtractedMention]
    ) {
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.geonamesID = geonamesID
        self.origin = origin
        self.mentions = mentions
    }

    /// True when matched to a gazetteer entry; false for a place known by name only.
    public var isResolved: Bool { origin == .gazetteer }
}
