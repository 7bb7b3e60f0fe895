import Foundation

/// A day as a person writes it in a date option: a calendar date, a date relative to today, or a
/// saved search's parameter. Relative dates and parameters are kept as written and resolved when
/// the command runs, so a saved `--since 7d` means the last seven days every week.
///
/// - `2016-10-17`, `2016-10`, `2016`: that day (a month or year is its first day, or its last as
///   the upper end of a range).
/// - `today`, `yesterday`; `7d`, `2w`, `3m`, `1y` (also `7 days`, `2 weeks ago` …): that long before today.
/// - `last monday` … `last sunday`: the latest such weekday before today.
/// - `:since`: a saved search's parameter, given as `newsq run NAME --param since=7d`.
///
/// ```swift
/// let since = try DayExpression(parsing: "2w")
/// since.resolve(today: CalendarDay(iso: "2016-10-17"), upper: false)   // 2016-10-03
/// ```
public enum DayExpression: Sendable, Hashable, CustomStringConvertible {
    /// A calendar date as typed: `2016-10-17`, `2016-10` or `2016`.
    case absolute(String)
    /// So many days, weeks, months or years before today (0 days is today).
    case ago(Int, Unit)
    /// The latest day before today with this weekday (1 = Sunday … 7 = Saturday).
    case lastWeekday(Int)
    /// A saved search's parameter, without its colon.
    case parameter(String)

    /// A unit of `ago`.
    public enum Unit: String, Sendable, Hashable {
        case days = "d"
        case weeks = "w"
        case months = "m"
        case years = "y"
    }

    /// What a user may write, for error messages.
    public static let accepted =
        "a date like 2016-10-17 (or 2016-10, 2016), or one relative to today: today, yesterday, 7d, 2w, 3m, 1y, "
        + "'last monday'"

    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// Parses what a user typed.
    /// - Throws: `InvalidDay` when the text is none of the accepted forms.
    public init(parsing text: String) throws {
        let typed = text.trimmingCharacters(in: .whitespaces)
        let lower = typed.lowercased()
        let words = lower.split(separator: " ").map(String.init)
        if CalendarDay(partial: typed) != nil {
            self = .absolute(typed)
        } else if lower == "today" {
            self = .ago(0, .days)
        } else if lower == "yesterday" {
            self = .ago(1, .days)
        } else if typed.hasPrefix(":"), SavedQuery.isValidName(String(typed.dropFirst())) {
            self = .parameter(String(typed.dropFirst()))
        } else if words.count == 2, words[0] == "last", let index = Self.weekdays.firstIndex(of: words[1]) {
            self = .lastWeekday(index + 1)
        } else if let ago = Self.ago(words) {
            self = ago
        } else {
            throw InvalidDay(text: text)
        }
    }

    /// `7d`, `7 d`, `7 days`, `7 days ago`, `1 week` …
    private static func ago(_ words: [String]) -> DayExpression? {
        var words = words
        if words.last == "ago" { words.removeLast() }
        let joined = words.joined()
        let digits = joined.prefix { $0.isASCII && $0.isNumber }
        let unitText = joined.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 5, let count = Int(digits), let first = unitText.first else {
            return nil
        }
        let names: [Unit: [String]] = [
            .days: ["d", "day", "days"], .weeks: ["w", "week", "weeks"], .months: ["m", "month", "months"],
            .years: ["y", "year", "years"],
        ]
        guard let unit = Unit(rawValue: String(first)), names[unit]?.contains(String(unitText)) == true else {
            return nil
        }
        return .ago(count, unit)
    }

    /// The day it means when run on `today`; `upper` makes a month or a year its last day.
    /// Nil for a parameter (bind it first) or an impossible day.
    public func resolve(today: CalendarDay, upper: Bool) -> CalendarDay? {
        switch self {
        case .absolute(let text): return CalendarDay(partial: text, upper: upper)
        case .ago(let count, .days): return today.adding(days: -count)
        case .ago(let count, .weeks): return today.adding(days: -7 * count)
        case .ago(let count, .months): return today.adding(months: -count)
        case .ago(let count, .years): return today.adding(years: -count)
        case .lastWeekday(let weekday):
            let back = (today.weekday - weekday + 7) % 7
            return today.adding(days: -(back == 0 ? 7 : back))
        case .parameter: return nil
        }
    }

    /// True for a date that means the same day whenever it runs.
    public var isAbsolute: Bool {
        if case .absolute = self { return true }
        return false
    }

    /// The text it stands for: `2016-10`, `7d`, `last monday`, `:since`.
    public var description: String {
        switch self {
        case .absolute(let text): return text
        case .ago(let count, let unit): return "\(count)\(unit.rawValue)"
        case .lastWeekday(let weekday): return "last " + Self.weekdays[weekday - 1]
        case .parameter(let name): return ":" + name
        }
    }

    /// Today in the local time zone, the day relative dates count from.
    public static var today: CalendarDay {
        guard let day = CalendarDay(date: Date(), in: .current) else {
            preconditionFailure("the system clock is outside the years 1…9999")
        }
        return day
    }

    /// A text that is no day newsq understands.
    public struct InvalidDay: Error, CustomStringConvertible, Sendable, Equatable {
        /// The text as typed.
        public let text: String
        /// "… is not a date: use …".
        public var description: String { "\(text.debugDescription) is not a date: use \(Self.accepted)" }
        private static var accepted: String { DayExpression.accepted }
    }
}
