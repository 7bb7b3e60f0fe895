import Foundation

/// A day of the proleptic Gregorian calendar, with the arithmetic the ICS writer needs and
/// nothing else: no time zones, no `Calendar`, so the output never depends on the machine's locale.
struct CalendarDay: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Parses 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. A partial date means its first day, or with
    /// `lastDay` its last day ('2016-02' → 2016-02-29). Nil for anything else or an impossible date.
    init?(_ text: String, lastDay: Bool = false) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        let year = numbers[0]
        let month = numbers.count > 1 ? numbers[1] : (lastDay ? 12 : 1)
        guard (1...12).contains(month) else { return nil }
        let length = CalendarDay.daysIn(month: month, year: year)
        let day = numbers.count > 2 ? numbers[2] : (lastDay ? length : 1)
        guard (1...length).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day from its number of days since 1970-01-01.
    init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years, years starting in March.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (negative before).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The next day.
    var next: CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + 1) }

    /// 'YYYYMMDD', the RFC 5545 DATE form.
    var basicFormat: String { pad(year, 4) + pad(month, 2) + pad(day, 2) }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// An instant as an RFC 5545 UTC DATE-TIME, 'YYYYMMDDTHHMMSSZ' (fractions dropped).
    static func utcTimestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let secondOfDay = seconds - days * 86400
        return CalendarDay(daysSinceEpoch: days).basicFormat + "T" + pad(secondOfDay / 3600, 2)
            + pad(secondOfDay % 3600 / 60, 2) + pad(secondOfDay % 60, 2) + "Z"
    }
}

/// Zero-padded decimal.
private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
