import Foundation

/// The local day an article came out, the "now" its relative dates are read against.
extension EventExtractor {
    /// The publication day from `publishedAt`, else from `updatedAt`.
    ///
    /// A bare day is that day. An instant ("2016-10-17T17:01:00Z") becomes the day it
    /// was in the article's own zone when that is a known IANA name ("America/New_York"),
    /// otherwise the UTC day: a story posted at 23:30 in New York is dated by New York.
    static func publicationDay(of article: CleanedArticle) -> CalendarDay? {
        day(from: article.publishedAt, zone: article.publishedTimeZone)
            ?? day(from: article.updatedAt, zone: article.updatedTimeZone ?? article.publishedTimeZone)
    }

    private static func day(from time: PublishedTime?, zone: String?) -> CalendarDay? {
        time?.day(in: zone.flatMap { TimeZone(identifier: $0) } ?? .gmt)
    }
}
