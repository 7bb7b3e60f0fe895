import ArgumentParser
import NewsStore

/// `--since` and `--until` (also spelled `--from` and `--to`), for every command that filters by
/// day. A partial date stands for its first day with `--since` and its last with `--until`:
/// `--since 2016-10 --until 2016-10` is all of October.
struct DateRangeOptions: ParsableArguments {
    @Option(
        name: [.customLong("since"), .customLong("from")],
        help: ArgumentHelp("Only on or after this day: 2016-10-01, 2016-10 or 2016.", valueName: "date"))
    var since: String?
    @Option(
        name: [.customLong("until"), .customLong("to")],
        help: ArgumentHelp("Only on or before this day (2016-10 means up to October 31).", valueName: "date"))
    var until: String?

    func validate() throws {
        _ = try range()
    }

    /// The days as the store takes them.
    /// - Throws: `ValidationError` naming the option for a text that is not a date.
    func range() throws -> DateRange {
        DateRange(
            from: try since.map { try Self.day($0, option: "--since") },
            to: try until.map { try Self.day($0, option: "--until", upper: true) })
    }

    /// A day a user typed for `option`, as the store takes it; with `upper`, a month or year
    /// means its last day.
    /// - Throws: `ValidationError` naming the option.
    static func day(_ text: String, option: String, upper: Bool = false) throws -> CalendarDay {
        guard let day = CalendarDay(partial: text, upper: upper) else {
            throw ValidationError(
                "invalid \(option) \(text.debugDescription): use a date like 2016-10-17 (or 2016-10, 2016)")
        }
        return day
    }
}
