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
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let numbers = parts.compactMap { Int($0) }
        let valid: Bool
        switch parts.count {
        case 1: valid = numbers.count == 1 && parts[0].count == 4
        case 2:
            valid = numbers.count == 2 && parts[0].count == 4 && parts[1].count == 2 && (1...12).contains(numbers[1])
        case 3:
            valid =
                numbers.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
                && (1...12).contains(numbers[1])
                && (1...daysIn(month: numbers[1], year: numbers[0])).contains(numbers[2])
        default: valid = false
        }
        guard valid else {
            throw NewsStoreError.invalidArgument(
                name: option, value: text, reason: "use a date like 2016-10-17 (or 2016-10, 2016)")
        }
        switch parts.count {
        case 1: return upper ? "\(parts[0])-12-31" : "\(parts[0])-01-01"
        case 2:
            let last = daysIn(month: numbers[1], year: numbers[0])
            return upper ? "\(parts[0])-\(parts[1])-\(last < 10 ? "0" : "")\(last)" : "\(parts[0])-\(parts[1])-01"
        default: return text
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
