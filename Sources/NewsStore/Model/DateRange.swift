/// An inclusive range of days, open on either side: the publication or event days a listing
/// keeps.
///
/// ```swift
/// let october = DateRange(from: CalendarDay(partial: "2016-10"), to: CalendarDay(partial: "2016-10", upper: true))
/// ```
public struct DateRange: Sendable, Hashable, Codable {
    /// First day included, or nil for no lower bound.
    public var from: CalendarDay?
    /// Last day included, or nil for no upper bound.
    public var to: CalendarDay?

    /// Makes a range.
    public init(from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.from = from
        self.to = to
    }

    /// No bounds at all.
    public static let all = DateRange()
}
