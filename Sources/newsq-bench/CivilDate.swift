import NewsStore

/// A proleptic Gregorian day counted from 1970-01-01, with conversions to year, month and day
/// (Howard Hinnant's `civil_from_days`); the generator needs dates without Foundation's calendar.
struct CivilDate: Sendable, Equatable {
    let year: Int
    let month: Int
    let day: Int

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The day `days` after 1970-01-01.
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 of a valid date (the library's arithmetic).
    static func days(year: Int, month: Int, day: Int) -> Int {
        guard let date = CalendarDay(year: year, month: month, day: day) else {
            preconditionFailure("invalid date \(year)-\(month)-\(day)")
        }
        return date.daysSince1970
    }

    /// Monday = 0 … Sunday = 6 for a day count (1970-01-01 was a Thursday).
    static func weekday(daysSinceEpoch days: Int) -> Int {
        ((days % 7) + 7 + 3) % 7
    }

    /// 'YYYY-MM-DD'.
    var iso: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// A number below 100 with a leading zero.
    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
