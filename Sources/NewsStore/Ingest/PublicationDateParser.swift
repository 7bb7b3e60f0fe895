import Foundation

/// Reads the publication and update stamps news pages print ("Updated 1:01 PM ET, Mon October 17,
/// 2016", "Oct. 16, 2016", "2016-10-17T13:01:00-04:00") into newsq's stored form.
///
/// A time is only kept when its zone is known: a clock time in an unknown zone could be a day off,
/// so such a stamp is stored as its bare date. Zone abbreviations are mapped to tz identifiers and
/// resolved with Foundation's `TimeZone`, so "ET" is UTC-5 in January and UTC-4 in October.
struct PublicationDateParser {
    /// A parsed stamp.
    struct Stamp: Equatable {
        /// UTC 'YYYY-MM-DDTHH:MM:SSZ' when the time and its zone are known, else 'YYYY-MM-DD'.
        var storedText: String
        /// The tz identifier the time was given in ('America/New_York'), when known.
        var timeZoneName: String?
        /// True when the stamp says it is an update ("Updated …", "Last modified …").
        var isUpdate: Bool = false
    }

    /// Zone abbreviations seen on English-language news pages.
    static let zones: [String: String] = [
        "ET": "America/New_York", "EDT": "America/New_York", "EST": "America/New_York",
        "CT": "America/Chicago", "CDT": "America/Chicago", "CST": "America/Chicago",
        "MT": "America/Denver", "MDT": "America/Denver", "MST": "America/Denver",
        "PT": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PST": "America/Los_Angeles",
        "GMT": "UTC", "UTC": "UTC", "Z": "UTC", "BST": "Europe/London",
    ]

    private static let updateLabels = ["last updated", "last modified", "updated", "modified"]
    private static let publishLabels = ["first published", "published on", "published", "posted on", "posted", "date"]

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Parses a whole stamp; nil when any part of it is not a date, time, zone, weekday or label.
    ///
    /// ```swift
    /// PublicationDateParser().parse("Updated 1:01 PM ET, Mon October 17, 2016")
    /// // Stamp(storedText: "2016-10-17T17:01:00Z", timeZoneName: "America/New_York", isUpdate: true)
    /// ```
    func parse(_ text: String) -> Stamp? {
        // Stamps are short; refusing long lines at once keeps scanning a page's head cheap.
        guard text.utf8.count <= 80 else { return nil }
        var rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var isUpdate = false
        let lowered = rest.lowercased()
        if let label = Self.updateLabels.first(where: { lowered.hasPrefix($0) }) {
            isUpdate = true
            rest = String(rest.dropFirst(label.count))
        } else if let label = Self.publishLabels.first(where: { lowered.hasPrefix($0) }) {
            rest = String(rest.dropFirst(label.count))
        }
        rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " :\t"))
        guard !rest.isEmpty, var stamp = parseISO(rest) ?? parseWords(rest) ?? parseNumeric(rest) else { return nil }
        stamp.isUpdate = isUpdate
        return stamp
    }

    // MARK: ISO 8601

    /// '2016-10-17', '2016-10-17T13:01:00-04:00', '2016-10-17 13:01Z', '2016-10-17T17:01:00.000Z'.
    private func parseISO(_ text: String) -> Stamp? {
        guard text.count >= 10, text.prefix(4).allSatisfy(\.isNumber) else { return nil }
        // The captures taken apart once: each `match.N` is a key-path look-up (2 % of an import).
        guard
            let (_, yearText, monthText, dayText, hourText, minuteText, secondText, offsetText) =
                text.wholeMatch(of: Self.isoPattern)?.output,
            let year = Int(yearText), let month = Int(monthText), let day = Int(dayText)
        else { return nil }
        guard let hourText, let hour = Int(hourText), let minute = minuteText.flatMap({ Int($0) }) else {
            return dateOnly(year: year, month: month, day: day)
        }
        let second = secondText.flatMap { Int($0) } ?? 0
        guard let offsetText else { return dateOnly(year: year, month: month, day: day) }
        let zone: TimeZone?
        if offsetText == "Z" {
            zone = TimeZone(identifier: "UTC")
        } else {
            let sign = offsetText.hasPrefix("-") ? -1 : 1
            let digits = offsetText.dropFirst().filter(\.isNumber)
            let hours = Int(digits.prefix(2)) ?? 0
            let minutes = Int(digits.dropFirst(2)) ?? 0
            zone = TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
        }
        guard let zone else { return nil }
        let name = offsetText == "Z" ? "UTC" : nil
        return instant(year: year, month: month, day: day, hour: hour, minute: minute, second: second, zone: zone)
            .map { Stamp(storedText: $0, timeZoneName: name) }
    }

    // MARK: Words

    /// "1:01 PM ET, Mon October 17, 2016", "Oct. 16, 2016", "Wednesday, 23 April 2014 16:07".
    private func parseWords(_ text: String) -> Stamp? {
        let tokens = text.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map(
            String.init)
        var year: Int?
        var month: Int?
        var day: Int?
        var clock: (hour: Int, minute: Int, second: Int)?
        var meridiem: String?
        var zoneName: String?
        var unknownZone = false

        for token in tokens {
            let word = token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if token.contains(":"), let parsed = Self.clock(token) {
                guard clock == nil else { return nil }
                clock = (parsed.hour, parsed.minute, parsed.second)
                if let suffix = parsed.meridiem { meridiem = suffix }
            } else if ["am", "pm", "a.m", "p.m"].contains(word) {
                meridiem = word.hasPrefix("a") ? "am" : "pm"
            } else if let number = Self.months[word] {
                guard month == nil else { return nil }
                month = number
            } else if Self.weekdays.contains(word) || word == "at" || word == "|" || word == "-" || word == "on" {
                continue
            } else if let number = Self.dayOrYear(word) {
                if number >= 1000 {
                    guard year == nil else { return nil }
                    year = number
                } else {
                    guard day == nil, (1...31).contains(number) else { return nil }
                    day = number
                }
            } else if clock != nil, token.count <= 5, token.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                // A zone abbreviation after the time; one we do not know leaves the time unusable.
                if let name = Self.zones[token] { zoneName = name } else { unknownZone = true }
            } else {
                return nil
            }
        }
        guard let year, let month, let day else { return nil }
        guard var clock, let zoneName, !unknownZone, let zone = TimeZone(identifier: zoneName) else {
            return dateOnly(year: year, month: month, day: day)
        }
        if let meridiem {
            guard (1...12).contains(clock.hour) else { return dateOnly(year: year, month: month, day: day) }
            clock.hour = clock.hour % 12 + (meridiem == "pm" ? 12 : 0)
        }
        return instant(
            year: year, month: month, day: day, hour: clock.hour, minute: clock.minute, second: clock.second,
            zone: zone
        ).map { Stamp(storedText: $0, timeZoneName: zoneName) }
    }

    /// "1:01", "16:07", "10:22:05", "8:21AM", "1:01p.m." as hour, minute, second and an optional am/pm.
    private static func clock(_ token: String) -> (hour: Int, minute: Int, second: Int, meridiem: String?)? {
        guard
            let match = token.lowercased().wholeMatch(of: clockPattern),
            let hour = Int(match.1), let minute = Int(match.2), hour < 24, minute < 60
        else { return nil }
        let second = match.3.flatMap { Int($0) } ?? 0
        return (hour, minute, second, match.4.map { $0.hasPrefix("a") ? "am" : "pm" })
    }

    /// The ISO stamp and clock patterns, built once: a regex literal is parsed again every time it
    /// is evaluated, and parsing them was 11 % of a `--no-extract` import's CPU.
    ///
    /// `nonisolated(unsafe)`: see `HTMLArticleReader.charsetPattern` for why sharing a literal
    /// regex between import threads is sound (never mutated; its lazily compiled program is
    /// published atomically by the regex engine).
    nonisolated(unsafe) private static let isoPattern =
        #/(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/#
    nonisolated(unsafe) private static let clockPattern = #/(\d{1,2}):(\d{2})(?::(\d{2}))?(am|pm|a\.m\.?|p\.m\.?)?/#

    /// "17", "2016", "1st", "23rd".
    private static func dayOrYear(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count)
        guard (1...4).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(digits)
    }

    // MARK: Output

    func dateOnly(year: Int, month: Int, day: Int) -> Stamp? {
        guard isValid(year: year, month: month, day: day) else { return nil }
        return Stamp(storedText: Self.dateText(year: year, month: month, day: day), timeZoneName: nil)
    }

    /// The UTC instant of a wall-clock time in `zone`, as stored text.
    private func instant(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: TimeZone)
        -> String?
    {
        guard isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components) else { return nil }
        return Timestamp.string(from: date)
    }

    private func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1000...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let length = month == 2 && leap ? 29 : lengths[month - 1]
        return day <= length
    }

    /// 'YYYY-MM-DD'.
    static func dateText(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
