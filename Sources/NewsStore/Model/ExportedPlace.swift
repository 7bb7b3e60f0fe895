/// A place in an `ExportRecord`: the stored place (its GeoNames id, name, country, coordinates,
/// kind, origin and every name the store knows it by) with the article's mentions of it.
public struct ExportedPlace: Sendable, Hashable, Codable {
    public var name: String
    public var kind: PlaceKind
    public var countryCode: String?
    public var admin1: String?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?
    public var geonamesID: Int?
    /// A gazetteer entry, or a place known by the name an article gave it.
    public var origin: PlaceOrigin
    /// Every name the store knows the place by (its own, the gazetteer's, the articles'), sorted.
    public var names: [String]
    /// This article's mentions of the place, in text order; written under `spans`, as `extract`
    /// prints them (on every other place newsq prints, `mentions` is a count).
    public var mentions: [ExportedMention]

    /// Makes an exported place.
    public init(
        name: String, kind: PlaceKind, countryCode: String? = nil, admin1: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, population: Int? = nil, geonamesID: Int? = nil, origin: PlaceOrigin,
        names: [String] = [], mentions: [ExportedMention] = []
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
        self.names = names
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case name, kind
        case countryCode = "country_code"
        case admin1, latitude, longitude, population
        case geonamesID = "geonames_id"
        case origin, names
        case mentions = "spans"
    }

    /// Version 1 of the export wrote the mention list under `mentions`.
    private enum VersionOneKeys: String, CodingKey {
        case mentions
    }

    /// Reads a place; absent lists are empty, and the mention list is read from `spans` or, in a
    /// version 1 record, from `mentions`.
    /// - Throws: `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        name = try values.decode(String.self, forKey: .name)
        kind = try values.decode(PlaceKind.self, forKey: .kind)
        countryCode = try values.decodeIfPresent(String.self, forKey: .countryCode)
        admin1 = try values.decodeIfPresent(String.self, forKey: .admin1)
        latitude = try values.decodeIfPresent(Double.self, forKey: .latitude)
        longitude = try values.decodeIfPresent(Double.self, forKey: .longitude)
        population = try values.decodeIfPresent(Int.self, forKey: .population)
        geonamesID = try values.decodeIfPresent(Int.self, forKey: .geonamesID)
        origin = try values.decode(PlaceOrigin.self, forKey: .origin)
        names = try values.decodeIfPresent([String].self, forKey: .names) ?? []
        if values.contains(.mentions) {
            mentions = try values.decode([ExportedMention].self, forKey: .mentions)
        } else {
            let versionOne = try decoder.container(keyedBy: VersionOneKeys.self)
            mentions = try versionOne.decodeIfPresent([ExportedMention].self, forKey: .mentions) ?? []
        }
    }
}
