/// A date expression pinned to the calendar: the first and last day it can mean, how exact it is,
/// and the rule that decided.
struct ResolvedDate: Hashable, Sendable {
    let start: CalendarDay
    let end: CalendarDay
    let precision: DatePrecision
    /// One of the rule ids listed on `DateResolver`.
    let rule: String

    /// A single day.
    init(day: CalendarDay, rule: String) {
        self.init(start: day, end: day, precision: .day, rule: rule)
    }

    init(start: CalendarDay, end: CalendarDay, precision: DatePrecision, rule: String) {
        precondition(start <= end, "a resolved date must not end before it starts")
        self.start = start
        self.end = end
        self.precision = precision
        self.rule = rule
    }

    /// The whole month `day` falls in.
    static func month(of day: CalendarDay, rule: String) -> ResolvedDate {
        ResolvedDate(start: day.firstOfMonth, end: day.lastOfMonth, precision: .month, rule: rule)
    }

    /// The whole year `day` falls in.
    static func year(of day: CalendarDay, rule: String) -> ResolvedDate {
        ResolvedDate(start: day.firstOfYear, end: day.lastOfYear, precision: .year, rule: rule)
    }

    /// As stored in `ExtractedEvent.date`: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; an approximate span
    /// is named by its first day.
    var date: String {
        switch precision {
        case .day, .approximate: return start.iso
        case .month: return start.isoMonth
        case .year: return start.isoYear
        }
    }
}
