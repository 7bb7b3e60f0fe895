/// The periods `trend` counts articles in.
public enum TrendPeriod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Calendar days.
    case day
    /// ISO weeks, Monday to Sunday, named by their Monday.
    case week
    /// Calendar months ("2016-10").
    case month
    /// Calendar years ("2016").
    case year

    /// The period that holds `day`: its first and last day and its name.
    public func period(of day: CalendarDay) -> (start: CalendarDay, end: CalendarDay, label: String) {
        switch self {
        case .day: return (day, day, day.iso)
        case .week:
            // 1970-01-01 was a Thursday: days since a Monday are (daysSince1970 + 3) mod 7.
            let sinceMonday = ((day.daysSince1970 + 3) % 7 + 7) % 7
            let monday = day.adding(days: -sinceMonday)
            return (monday, monday.adding(days: 6), monday.iso)
        case .month: return (day.firstOfMonth, day.lastOfMonth, day.isoMonth)
        case .year: return (day.firstOfYear, day.lastOfYear, day.isoYear)
        }
    }

    /// The period after the one starting on `start`.
    func next(after start: CalendarDay) -> CalendarDay {
        switch self {
        case .day: return start.adding(days: 1)
        case .week: return start.adding(days: 7)
        case .month: return start.adding(months: 1)
        case .year: return start.adding(years: 1)
        }
    }
}
