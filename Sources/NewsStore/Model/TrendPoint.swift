/// One period of a trend: how many articles match, of how many published in it.
public struct TrendPoint: Sendable, Hashable, Codable {
    /// The period's name: "2016-10-17" (day, or the Monday of a week), "2016-10", "2016".
    public var period: String
    public var start: CalendarDay
    public var end: CalendarDay
    /// Matching articles published in the period.
    public var matches: Int
    /// All articles published in the period, matching or not.
    public var total: Int

    /// `matches / total`, nil for a period with no articles.
    public var share: Double? { total == 0 ? nil : Double(matches) / Double(total) }

    /// A point, as `trend` returns them.
    public init(period: String, start: CalendarDay, end: CalendarDay, matches: Int, total: Int) {
        self.period = period
        self.start = start
        self.end = end
        self.matches = matches
        self.total = total
    }
}
