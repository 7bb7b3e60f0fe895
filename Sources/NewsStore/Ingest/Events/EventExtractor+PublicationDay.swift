import Foundation

/// The local day an article came out, the "now" its relative dates are read against.
extension EventExtractor {
    /// The publication day from `publishedAt`, else from `updatedAt`.
    ///
    /// A bare "YYYY-MM-DD" is that day. An instant ("2016-10-17T17:01:00Z") becomes the day it
    /// was in the article's own zone when that is a known IANA name ("America/New_York"),
    /// otherwise the UTC day: a story posted at 23:30 in New York is dated by New York.
    static func publicationDay(of article: CleanedArticle) -> CalendarDay? {
        day(from: article.publishedAt, zone: article.publishedTimeZone)
            ?? day(from: article.updatedAt, zone: article.updatedTimeZone ?? article.publishedTimeZone)
    }

    private static func day(from text: String?, zone: String?) -> CalendarDay? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let day = CalendarDay(iso: text) { return day }
        guard let instant = instant(from: text) else {
            // A local date-time with no zone ("2016-10-17T13:01:00"): its date part is the local day.
            return text.count > 10 && text.dropFirst(10).first == "T" ? CalendarDay(iso: String(text.prefix(10))) : nil
        }
        let timeZone = zone.flatMap { TimeZone(identifier: $0) } ?? .gmt
        return CalendarDay(date: instant, in: timeZone)
    }

    private static func instant(from text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
