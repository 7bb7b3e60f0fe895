/// When an event happened, as exactly as the text says: a day, a month, a year, or an
/// approximate span ("earlier this month"), always with the first and last day it can mean.
///
/// ```swift
/// let october = EventDate.month(of: CalendarDay(year: 2016, month: 10, day: 5)!)
/// october.label       // "2016-10"
/// october.end.iso     // "2016-10-31"
/// ```
public struct EventDate: Hashable, Sendable, Codable {
    /// First day the date can mean.
    public let start: CalendarDay
    /// Last day the date can mean (equal to `start` for a day).
    public let end: CalendarDay
    /// How exactly the date is known.
    public let precision: DatePrecision

    /// A date spanning `start`…`end`.
    /// - Precondition: `start <= end`.
    public init(start: CalendarDay, end: CalendarDay, precision: DatePrecision) {
        precondition(start <= end, "an event date must not end before it starts")
        self.start = start
        self.end = end
        self.precision = precision
    }

    /// A single day.
    public init(day: CalendarDay) {
        self.init(start: day, end: day, precision: .day)
    }

    /// The whole month `day` falls in.
    public static func month(of day: CalendarDay) -> EventDate {
        EventDate(start: day.firstOfMonth, end: day.lastOfMonth, precision: .month)
    }

    /// The whole year `day` falls in.
    public static func year(of day: CalendarDay) -> EventDate {
        EventDate(start: day.firstOfYear, end: day.lastOfYear, precision: .year)
    }

    /// 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' by precision, as stored in `event.date`; an approximate
    /// span is named by its first day.
    public var label: String {
        switch precision {
        case .day, .approximate: return start.iso
        case .month: return start.isoMonth
        case .year: return start.isoYear
        }
    }
}
