/// Filters, order and paging for a search.
public struct SearchOptions: Sendable, Hashable, Codable {
    /// How hits are ordered.
    public enum Sort: String, Sendable, Codable, CaseIterable {
        /// Best match first (bm25, title and highlights weighted up), newest first on ties.
        case rank
        case newest
        case oldest
    }

    public var sort: Sort
    /// Only articles published on or after this day.
    public var since: CalendarDay?
    /// Only articles published on or before this day.
    public var until: CalendarDay?
    /// A `since` resolved when the search runs (`7d`, `last monday`, `:since`); set through
    /// `set("since", to:)` and turned into `since` by `resolved(parameters:today:)`.
    public var sinceExpression: DayExpression?
    /// An `until` resolved when the search runs, like `sinceExpression`.
    public var untilExpression: DayExpression?
    /// Only articles by an author whose name contains this text (case-insensitive).
    public var author: String?
    /// Only articles that mention this place (by name or alternate name).
    public var place: String?
    /// Only articles from this outlet (case-insensitive).
    public var source: String?
    public var limit: Int
    public var offset: Int
    /// Pass the query to FTS5 as written (after validating it on a private table).
    public var raw: Bool
    /// Seconds the search may run before it is stopped (> 0). A limit of the run, not a filter:
    /// saved searches do not store it.
    public var timeout: Double

    /// The time limit of a search unless the caller sets another.
    public static let defaultTimeout: Double = 10

    /// Makes options; by default ranked, first 20 hits, stopped after 10 seconds.
    public init(
        sort: Sort = .rank, since: CalendarDay? = nil, until: CalendarDay? = nil, author: String? = nil,
        place: String? = nil,
        source: String? = nil, limit: Int = 20, offset: Int = 0, raw: Bool = false,
        timeout: Double = SearchOptions.defaultTimeout
    ) {
        self.sort = sort
        self.since = since
        self.until = until
        self.author = author
        self.place = place
        self.source = source
        self.limit = limit
        self.offset = offset
        self.raw = raw
        self.timeout = timeout
    }
}
