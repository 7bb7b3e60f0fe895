import ArgumentParser
import NewsStore

/// `--since` and `--until` (also spelled `--from` and `--to`), for every command that filters by
/// day. A partial date stands for its first day with `--since` and its last with `--until`:
/// `--since 2016-10 --until 2016-10` is all of October. A date relative to today (`7d`, `2w`,
/// `yesterday`, `last monday`) is counted from today when the command runs; `newsq saved add`
/// keeps it as written (and takes `:name` parameters), so a saved search counts from the day it runs.
struct DateRangeOptions: ParsableArguments {
    @Option(
        name: [.customLong("since"), .customLong("from")],
        help: ArgumentHelp(
            "Only on or after this day: 2016-10-01, 2016-10, 2016, or 7d, 2w, 3m, yesterday, 'last monday'.",
            valueName: "date"))
    var since: String?
    @Option(
        name: [.customLong("until"), .customLong("to")],
        help: ArgumentHelp(
            "Only on or before this day (2016-10 means up to October 31; relative dates as --since).",
            valueName: "date"))
    var until: String?

    func validate() throws {
        _ = try since.map { try Self.expression($0, option: "--since") }
        _ = try until.map { try Self.expression($0, option: "--until") }
    }

    /// The days as the store takes them, relative dates counted from `today` (the local day
    /// when nil; looked up only when a day was given: reading the time zone is a measurable part
    /// of a short command's start-up).
    /// - Throws: `ValidationError` naming the option for a text that is not a date, or a
    ///   `:name` parameter (only saved searches take those).
    func range(today: CalendarDay? = nil) throws -> DateRange {
        guard since != nil || until != nil else { return DateRange(from: nil, to: nil) }
        let today = today ?? DayExpression.today
        return DateRange(
            from: try since.map { try Self.day($0, option: "--since", today: today) },
            to: try until.map { try Self.day($0, option: "--until", upper: true, today: today) })
    }

    /// A day a user typed for `option`, as the store takes it; with `upper`, a month or year
    /// means its last day.
    /// - Throws: `ValidationError` naming the option.
    static func day(
        _ text: String, option: String, upper: Bool = false, today: CalendarDay = DayExpression.today
    ) throws -> CalendarDay {
        let expression = try expression(text, option: option)
        guard let day = expression.resolve(today: today, upper: upper) else {
            throw ValidationError(
                "\(option) \(expression) is a parameter, which only a saved search takes "
                    + "(newsq saved add NAME --search QUERY \(option) \(expression))")
        }
        return day
    }

    /// What a user typed for `option`, checked.
    /// - Throws: `ValidationError` naming the option and what it takes.
    static func expression(_ text: String, option: String) throws -> DayExpression {
        do {
            return try DayExpression(parsing: text)
        } catch {
            throw ValidationError("invalid \(option) \(text.debugDescription): use \(DayExpression.accepted)")
        }
    }
}
