import Foundation
import Testing

@testable import NewsStore

/// `NewsStore.trend`: matches and totals per period agree with searches over the same days,
/// gaps hold zeros, weeks start on Monday, undated matches are counted apart.
struct TrendTests {
    /// A store with articles on these days (nil: undated); the ones flagged mention Mosul.
    static func store(_ articles: [(day: String?, mosul: Bool)]) throws -> NewsStore {
        let store = try StoreFixtures.small()
        for (index, article) in articles.enumerated() {
            let words = article.mosul ? "Fighting went on near Mosul." : "Rain fell on the coast."
            let text = "Report number \(index)\n\nBy Jane Doe\n\n\(words) Article \(index) of the set.\n"
            let summary = try store.importArticle(
                Data(text.utf8), origin: "a\(index).txt", publishedOverride: article.day.flatMap(CalendarDay.init(iso:))
            )
            #expect(summary.imported.count == 1)
        }
        return store
    }

    @Test func monthsCountMatchesBesideAllArticlesAndFillGapsWithZeros() throws {
        let store = try Self.store([
            ("2016-08-03", true), ("2016-08-20", false), ("2016-10-01", true), ("2016-10-31", true),
            ("2016-10-15", false), (nil, true),
        ])
        let trend = try store.trend("mosul", by: .month)
        #expect(trend.points.map(\.period) == ["2016-08", "2016-09", "2016-10"])
        #expect(trend.points.map(\.matches) == [1, 0, 2])
        #expect(trend.points.map(\.total) == [2, 0, 3])
        #expect(trend.points[1].share == nil)
        #expect(trend.undatedMatches == 1)
        // Every period agrees with a search over its days.
        for point in trend.points {
            let count = try store.search("mosul", SearchOptions(since: point.start, until: point.end)).total
            #expect(count == point.matches, "\(point.period)")
        }
    }

    @Test func weeksStartOnMondayAndYearsAndDaysNameThemselves() throws {
        // 2016-10-17 was a Monday, 2016-10-23 the Sunday of the same week.
        let store = try Self.store([("2016-10-17", true), ("2016-10-23", true), ("2016-10-24", true)])
        let weeks = try store.trend("mosul", by: .week)
        #expect(weeks.points.map(\.period) == ["2016-10-17", "2016-10-24"])
        #expect(weeks.points.map(\.matches) == [2, 1])
        #expect(weeks.points.first?.end == CalendarDay(iso: "2016-10-23"))
        let days = try store.trend("mosul", by: .day)
        #expect(days.points.count == 8 && days.points.map(\.matches).reduce(0, +) == 3)
        let years = try store.trend("mosul", by: .year)
        #expect(years.points.map(\.period) == ["2016"] && years.points.first?.total == 3)
    }

    @Test func theSearchFiltersApplyAndABadQueryIsRefused() throws {
        let store = try Self.store([("2015-03-01", true), ("2016-03-01", true), ("2016-04-01", false)])
        let since = try store.trend("mosul", SearchOptions(since: CalendarDay(iso: "2016-01-01")), by: .year)
        #expect(since.points.map(\.period) == ["2016"] && since.points.first?.matches == 1)
        #expect(since.points.first?.total == 2)
        #expect(throws: NewsStoreError.self) { try store.trend("", by: .month) }
        #expect(throws: NewsStoreError.self) { try store.trend("\"unclosed", SearchOptions(raw: true), by: .month) }
    }
}
