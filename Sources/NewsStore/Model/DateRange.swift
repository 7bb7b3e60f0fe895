/// An inclusive range of days ('YYYY-MM-DD'), open on either side, for --since/--until and
/// --from/--to filters.
public struct DateRange: Sendable, Hashable {
    /// First day included, or nil for no lower bound.
    public var from: String?
    /// Last day included, or nil for no upper bound.
    public var to: String?

    /// Makes a range; both bounds must be 'YYYY-MM-DD' (use `parseDay`).
    public init(from: String? = nil, to: String? = nil) {
        self.from = from
        self.to = to
    }

    /// No bounds at all.
    public static let all = DateRange()

    /// Checks a user's day ('2016-10-17', or '2016-10' / '2016' meaning the first day).
    /// - Parameter upper: when true, a month or year means its LAST day ('2016' → '2016-12-31').
    /// - Throws: `NewsStoreError.invalidArgument` naming the option.
    public static func parseDay(_ text: String, option: String, upper: Bool = false) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = parts.map(\.count)
        let digitsOnly = parts.allSatisfy { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        let numbers = digitsOnly ? parts.compactMap { Int($0) } : []
        let day: CalendarDay?
        switch (widths, numbers.count) {
        case ([4], 1):
            day = CalendarDay(year: numbers[0], month: upper ? 12 : 1, day: upper ? 31 : 1)
        case ([4, 2], 2):
            let first = CalendarDay(year: numbers[0], month: numbers[1], day: 1)
            day = upper ? first?.adding(months: 1).adding(days: -1) : first
        case ([4, 2, 2], 3):
            day = CalendarDay(year: numbers[0], month: numbers[1], day: numbers[2])
        default:
            day = nil
        }
        guard let day else {
            throw NewsStoreError.invalidArgument(
                name: option, value: text, reason: "use a date like 2016-10-17 (or 2016-10, 2016)")
        }
        return day.iso
    }
}
