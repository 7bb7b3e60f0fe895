import Foundation

/// A day on the Gregorian calendar with no time and no zone: what news dates mean.
///
/// Arithmetic goes through Foundation's Gregorian calendar pinned to UTC, so adding days never
/// trips over a daylight-saving change and month ends are clamped the way the calendar does it.
/// Encoded as its 'YYYY-MM-DD' text, the way the database stores it.
///
/// ```swift
/// let day = CalendarDay(iso: "2016-10-17")           // Monday 17 October 2016
/// let lastOfMonth = CalendarDay(partial: "2016-02", upper: true)   // 2016-02-29
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// 1…9999.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…31, valid for the month.
    public let day: Int

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// A valid day, or nil ("2015-02-29", month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDay.numberOfDays(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "YYYY-MM-DD" ("2016-10-17").
    /// Days from 1970-01-01 (negative before it), by the proleptic Gregorian calendar
    /// (Howard Hinnant's days_from_civil). `package` so the benchmark's corpus generator dates
    /// its articles with the same arithmetic.
    package var daysSince1970: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard iso.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day an instant falls on in a zone, or nil outside years 1…9999 of the common era.
    public init?(date: Date, in timeZone: TimeZone) {
        var calendar = CalendarDay.calendar
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.era, .year, .month, .day], from: date)
        guard parts.era == 1, let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// "2016-10-17".
    public var iso: String { "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))" }

    /// "2016-10".
    var isoMonth: String { "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))" }

    /// "2016".
    var isoYear: String { CalendarDay.pad(year, 4) }

    /// "2016-10-17".
    public var description: String { iso }

    /// 1 = Sunday … 7 = Saturday, as Foundation counts.
    var weekday: Int { CalendarDay.calendar.component(.weekday, from: startOfDay) }

    var firstOfMonth: CalendarDay { with(day: 1) }
    var lastOfMonth: CalendarDay { with(day: CalendarDay.numberOfDays(inMonth: month, year: year)) }
    var firstOfYear: CalendarDay { CalendarDay.checked(year: year, month: 1, day: 1) }
    var lastOfYear: CalendarDay { CalendarDay.checked(year: year, month: 12, day: 31) }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { adding(.day, days) }

    /// The same day `months` later, clamped to the month's end ("2016-03-31" − 1 month = "2016-02-29").
    func adding(months: Int) -> CalendarDay { adding(.month, months) }

    /// The same day `years` later, clamped ("2016-02-29" + 1 year = "2017-02-28").
    func adding(years: Int) -> CalendarDay { adding(.year, years) }

    /// Whole days from this day to `other` (positive when `other` is later).
    public func days(to other: CalendarDay) -> Int {
        let parts = CalendarDay.calendar.dateComponents([.day], from: startOfDay, to: other.startOfDay)
        guard let days = parts.day else { preconditionFailure("the Gregorian calendar gave no day count") }
        return days
    }

    /// Earlier days sort first.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// 28…31.
    static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Midnight UTC of this day.
    var startOfDay: Date {
        guard let date = CalendarDay.calendar.date(from: DateComponents(year: year, month: month, day: day)) else {
            preconditionFailure("the Gregorian calendar has no date for \(iso)")
        }
        return date
    }

    private func adding(_ component: Calendar.Component, _ value: Int) -> CalendarDay {
        guard let date = CalendarDay.calendar.date(byAdding: component, value: value, to: startOfDay),
            let result = CalendarDay(date: date, in: .gmt)
        else { preconditionFailure("adding \(value) \(component) to \(iso) leaves the calendar") }
        return result
    }

    private func with(day: Int) -> CalendarDay { CalendarDay.checked(year: year, month: month, day: day) }

    /// For days the caller has already proven valid.
    private static func checked(year: Int, month: Int, day: Int) -> CalendarDay {
        guard let value = CalendarDay(year: year, month: month, day: day) else {
            preconditionFailure("invalid day \(year)-\(month)-\(day)")
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: Text a person typed

    /// Parses a day a person typed: '2016-10-17', or '2016-10' / '2016' meaning the first day of
    /// that month or year — or, with `upper`, its last day ('2016' → 2016-12-31), so a month or a
    /// year works as either end of a range. Nil for anything else or an impossible date.
    public init?(partial text: String, upper: Bool = false) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        let month = numbers.count > 1 ? numbers[1] : (upper ? 12 : 1)
        guard (1...12).contains(month) else { return nil }
        let day =
            numbers.count > 2 ? numbers[2] : (upper ? CalendarDay.numberOfDays(inMonth: month, year: numbers[0]) : 1)
        self.init(year: numbers[0], month: month, day: day)
    }

    // MARK: Codable

    /// Decodes 'YYYY-MM-DD'.
    /// - Throws: `DecodingError.dataCorrupted` for any other text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(text.debugDescription) is not a day like 2016-10-17")
        }
        self = day
    }

    /// Encodes as 'YYYY-MM-DD'.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
