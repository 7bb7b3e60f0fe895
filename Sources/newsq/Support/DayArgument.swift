import ArgumentParser
import NewsStore

/// A day given on the command line: '2016-10-17', or a month or year meaning its first day —
/// or, for the end of a range, its last.
enum DayArgument {
    /// The day `text` names.
    /// - Throws: `ValidationError` naming the option and the shape a date takes.
    static func parse(_ text: String, option: String, upper: Bool = false) throws -> CalendarDay {
        guard let day = CalendarDay(partial: text, upper: upper) else {
            throw ValidationError(
                "invalid \(option) \(text.debugDescription): use a date like 2016-10-17 (or 2016-10, 2016)")
        }
        return day
    }
}
