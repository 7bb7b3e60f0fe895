/// Which events `newsq events` lists.
public struct EventFilter: Sendable, Hashable {
    /// Days the event's date range must overlap.
    public var range: DateRange
    /// Only events whose sentence mentions this place (by name).
    public var place: String?
    public var articleID: Int?
    public var limit: Int
    public var offset: Int

    /// Makes a filter; by default every event, chronologically.
    public init(
        range: DateRange = .all, place: String? = nil, articleID: Int? = nil, limit: Int = 1_000, offset: Int = 0
    ) {
        self.range = range
        self.place = place
        self.articleID = articleID
        self.limit = limit
        self.offset = offset
    }
}
