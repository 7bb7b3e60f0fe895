/// A date expression pinned to the calendar: the days it can mean and the rule that decided.
struct ResolvedDate: Hashable, Sendable {
    let date: EventDate
    /// One of the rule ids listed on `DateResolver`.
    let rule: String

    /// A single day.
    init(day: CalendarDay, rule: String) {
        self.init(EventDate(day: day), rule: rule)
    }

    init(start: CalendarDay, end: CalendarDay, precision: DatePrecision, rule: String) {
        self.init(EventDate(start: start, end: end, precision: precision), rule: rule)
    }

    init(_ date: EventDate, rule: String) {
        self.date = date
        self.rule = rule
    }

    /// The whole month `day` falls in.
    static func month(of day: CalendarDay, rule: String) -> ResolvedDate {
        ResolvedDate(.month(of: day), rule: rule)
    }

    /// The whole year `day` falls in.
    static func year(of day: CalendarDay, rule: String) -> ResolvedDate {
        ResolvedDate(.year(of: day), rule: rule)
    }

    var start: CalendarDay { date.start }
    var end: CalendarDay { date.end }
    var precision: DatePrecision { date.precision }
}
