/// What sort of place a place is: the gazetteer's kinds (city, town, village, country, region,
/// mountain, area, water, base, site …) and those an article's own words give to a place the
/// gazetteer lacks ("the Khazer frontline", "the village of Bedene").
///
/// A wrapper around the stored string rather than a closed enum: kinds also come from
/// `regions.tsv` ("state", "continent") and from a user's GeoNames files, and every one of them
/// must survive a round trip. The known kinds are static members, so code compares with
/// `.country`, never with a spelled-out string. Encodes as the plain string (`"city"`), as the
/// `place.kind` column stores it.
///
/// ```swift
/// if place.kind == .country { … }
/// print(place.kind)  // city
/// ```
public struct PlaceKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The stored text ("city").
    public let rawValue: String

    /// Wraps a kind as stored or written; any text is accepted.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a kind as stored or written; any text is accepted.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The stored text, so a kind prints as it is stored.
    public var description: String { rawValue }

    /// A nation (its place has no coordinates in the shipped gazetteer).
    public static let country = PlaceKind("country")
    /// A capital, an administrative seat, or 50,000 people or more.
    public static let city = PlaceKind("city")
    /// 2,000 people or more, or a population GeoNames does not know.
    public static let town = PlaceKind("town")
    /// Fewer than 2,000 people.
    public static let village = PlaceKind("village")
    /// An administrative division that is not a country, or a region named in `regions.tsv`.
    public static let region = PlaceKind("region")
    /// A mountain or hill.
    public static let mountain = PlaceKind("mountain")
    /// Terrain or land that is not a settlement.
    public static let area = PlaceKind("area")
    /// A river, lake or sea.
    public static let water = PlaceKind("water")
    /// An airport or military base.
    public static let base = PlaceKind("base")
    /// A building or facility (a refinery, a dam as GeoNames lists it).
    public static let site = PlaceKind("site")
    /// A place of no known sort.
    public static let place = PlaceKind("place")
    /// A front line an article names ("the Khazer frontline").
    public static let frontline = PlaceKind("frontline")
    /// A district an article names.
    public static let district = PlaceKind("district")
    /// A province or governorate an article names.
    public static let province = PlaceKind("province")
    /// A camp an article names.
    public static let camp = PlaceKind("camp")
    /// A neighbourhood or suburb an article names.
    public static let neighbourhood = PlaceKind("neighbourhood")
    /// A valley an article names.
    public static let valley = PlaceKind("valley")
    /// A dam an article names.
    public static let dam = PlaceKind("dam")
}
