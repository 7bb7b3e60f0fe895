import Foundation

/// When an article came out (or was updated), as exactly as the page said: an instant when it
/// gave a clock time in a known zone, else only the day. Stored and printed as ISO 8601 text,
/// `2016-10-17T17:01:00Z` (UTC, whole seconds) or `2016-10-17`.
///
/// ```swift
/// let published = PublishedTime(iso: "2016-10-17T17:01:00Z")
/// published?.day(in: TimeZone(identifier: "America/New_York")!)   // 2016-10-17
/// ```
public enum PublishedTime: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A moment, kept to the second.
    case instant(Date)
    /// A day with no time.
    case day(CalendarDay)

    /// Parses `2016-10-17T17:01:00Z` (fractions of a second are dropped) or `2016-10-17`; nil
    /// for anything else, including a clock time without its zone.
    public init?(iso text: String) {
        if let day = CalendarDay(iso: text) {
            self = .day(day)
            return
        }
        if let date = Self.utcInstant(text) {
            self = .instant(date)
            return
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) {
            self = .instant(date)
            return
        }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: text) else { return nil }
        self = .instant(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }

    /// The exact form newsq stores, `2016-10-17T17:01:00Z`, read without a date formatter:
    /// creating one loads ICU, which cost a search process more time than its query.
    private static func utcInstant(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
            let day = CalendarDay(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
            // Foundation reads earlier instants in the Julian calendar; leave those to it.
            day.year > 1582
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let seconds = (day.daysSince1970 * 86_400) + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `2016-10-17T17:01:00Z` or `2016-10-17`.
    public var iso: String {
        switch self {
        case .instant(let date): return Timestamp.string(from: date)
        case .day(let day): return day.iso
        }
    }

    /// `iso`.
    public var description: String { iso }

    /// The day it was in `zone`: an instant's local day there, or the day itself.
    public func day(in zone: TimeZone) -> CalendarDay? {
        switch self {
        case .instant(let date): return CalendarDay(date: date, in: zone)
        case .day(let day): return day
        }
    }

    /// Decodes the ISO text.
    /// - Throws: `DecodingError.dataCorrupted` for any other text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = PublishedTime(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(text.debugDescription) is not 2016-10-17 or 2016-10-17T17:01:00Z")
        }
        self = value
    }

    /// Encodes the ISO text.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
