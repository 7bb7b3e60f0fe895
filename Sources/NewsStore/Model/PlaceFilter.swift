/// Which places `newsq places` lists.
public struct PlaceFilter: Sendable, Hashable {
    /// Only places this article mentions.
    public var articleID: Int?
    /// Only places in this country (ISO alpha-2 code, or a country name).
    public var country: String?
    /// Only places within `withinKm` of this place (by name).
    public var near: String?
    public var withinKm: Double
    /// Only places matched to a gazetteer entry: no place known only by name or guessed from text.
    public var resolvedOnly: Bool
    /// Only places whose point lies in this box (through the place R*Tree): what a map shows.
    public var bbox: BoundingBox?
    public var limit: Int
    public var offset: Int

    /// Makes a filter; by default every mentioned place, most mentioned first.
    public init(
        articleID: Int? = nil, country: String? = nil, near: String? = nil, withinKm: Double = 50, limit: Int = 100,
        offset: Int = 0, resolvedOnly: Bool = false, bbox: BoundingBox? = nil
    ) {
        self.resolvedOnly = resolvedOnly
        self.articleID = articleID
        self.country = country
        self.near = near
        self.withinKm = withinKm
        self.limit = limit
        self.offset = offset
        self.bbox = bbox
    }
}
