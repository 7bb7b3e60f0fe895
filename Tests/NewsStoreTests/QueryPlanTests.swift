import Foundation
import Testing

@testable import NewsStore

/// The reads rewritten for scale go through the index they were written for: checked with
/// EXPLAIN QUERY PLAN on the very statements the store runs (plans, not timings, so the
/// checks are deterministic). Schema without ANALYZE statistics, as every newsq database is.
@Suite struct QueryPlanTests {
    let store: NewsStore
    let db: Connection

    init() throws {
        store = try StoreFixtures.seeded()
        db = try store.sqliteStorage.db
    }

    /// The `detail` lines of EXPLAIN QUERY PLAN for `sql` with `values` bound.
    func plan(_ sql: String, _ values: [any SQLiteBindable]) throws -> [String] {
        try db.query("EXPLAIN QUERY PLAN " + sql, values) { try $0.text("detail") }
    }

    @Test func placesOfOneArticleReadThatArticlesMentionsOnly() throws {
        let statement = SQLiteStorage.placesStatement(
            SQLiteStorage.placeFilters(articleID: 1, countryCode: nil), limit: 100, offset: 0)
        let steps = try plan(statement.sql, statement.values)
        #expect(steps.contains("SEARCH m USING INDEX place_mention_article (article_id=?)"), "\(steps)")
        #expect(!steps.contains { $0.hasPrefix("SCAN") }, "\(steps)")
        let places = try store.places(PlaceFilter(articleID: 1))
        #expect(places.first?.place.name == "Mosul")
        #expect(try store.places(PlaceFilter(articleID: 999)).isEmpty)
    }

    @Test func eventsOfARangeSeekTheDateIndexAndEventsOfAnArticleTheArticleIndex() throws {
        let first = try #require(CalendarDay(iso: "2016-10-01"))
        let last = try #require(CalendarDay(iso: "2016-10-31"))
        let range = DateRange(from: first, to: last)
        let byRange = SQLiteStorage.eventsStatement(EventFilter(range: range))
        let rangeSteps = try plan(byRange.sql, byRange.values)
        // A bounded range of event_date (a year before the range at most), and the approximate ones.
        #expect(
            rangeSteps.contains { $0.contains("INDEX event_date (date_start>? AND date_start<?)") }, "\(rangeSteps)")
        #expect(rangeSteps.contains { $0.contains("INDEX event_approximate (date_start<?)") }, "\(rangeSteps)")
        let byArticle = SQLiteStorage.eventsStatement(EventFilter(articleID: 1))
        let articleSteps = try plan(byArticle.sql, byArticle.values)
        #expect(articleSteps.contains("SEARCH e USING INDEX event_article (article_id=?)"), "\(articleSteps)")
        #expect(!(rangeSteps + articleSteps).contains { $0.hasPrefix("SCAN") })
        let events = try store.events(EventFilter(range: range))
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.date.end >= first && $0.date.start <= last })
        let ofArticle = try store.events(EventFilter(articleID: 1))
        #expect(!ofArticle.isEmpty && ofArticle.allSatisfy { $0.articleID == 1 })
    }

    @Test func theWritersPlaceLookUpUsesTheNameKeyIndexNotTheCountryIndex() throws {
        let steps = try plan(ArticleWriter.placeByName, ["mosul", "city", "IQ"])
        #expect(steps.contains("SEARCH place USING INDEX place_name_key (name_key=?)"), "\(steps)")
        #expect(!steps.contains { $0.contains("place_country") })
    }

    @Test func articlesMentioningLooksNamesUpThroughTheirKeys() throws {
        let sql = try store.savedQuery(named: "articles-mentioning").body
        let steps = try plan(sql, ["Mosul"])
        #expect(steps.contains { $0.hasPrefix("SEARCH p USING") && $0.contains("INDEX place_name_key (name_key=?)") })
        #expect(steps.contains("SEARCH n USING PRIMARY KEY (name_key=?)"), "\(steps)")
        #expect(steps.contains { $0.hasPrefix("SEARCH m USING COVERING INDEX place_mention_place") }, "\(steps)")
    }

    @Test(.enabled(if: ExternalTool("sqlite3") != nil))
    func articlesMentioningReadsNoPlaceRowByRowForAPlainName() throws {
        let sqlite3 = try #require(ExternalTool("sqlite3"))
        let sql = try store.savedQuery(named: "articles-mentioning").body
        // A leading newline: the body starts with "--", which sqlite3 would take for an option.
        let run = try sqlite3.run([
            "-cmd", ".parameter set :place \"'Mosul'\"", "-cmd", ".stats on", store.path, "\n" + sql,
        ])
        #expect(run.output.hasPrefix("1|What happens after ISIS loses Mosul?|"), "\(run.output) \(run.errors)")
        let fullScanSteps = run.output.split(separator: "\n").first { $0.hasPrefix("Fullscan Steps:") }
        #expect(fullScanSteps?.split(separator: " ").last == "0", "\(run.output)")
    }

    @Test func articlesMentioningFindsWhatComparingEveryNameFound() throws {
        let sql = try store.savedQuery(named: "articles-mentioning").body
        let everyName = """
            SELECT a.id, count(m.id) AS mentions FROM article AS a
            JOIN place_mention AS m ON m.article_id = a.id
            WHERE m.place_id IN (
                SELECT p.id FROM place AS p WHERE lower(p.name) = lower(?1)
                UNION SELECT n.place_id FROM place_name AS n WHERE lower(n.name) = lower(?1))
            GROUP BY a.id ORDER BY a.published_at DESC, a.id DESC
            """
        let mapping = { (row: Row) in "\(try row.int("id")):\(try row.int("mentions"))" }
        var found = 0
        for name in [
            "Mosul", "mosul", "MOSUL", "Qayyara", "Al-Qayyarah", "al qayyarah", "Raqqa", "Dabiq", "Mūşil", " Mosul",
        ] {
            let ours = try db.query(sql, [name], mapping)
            #expect(ours == (try db.query(everyName, [name], mapping)), "\(name)")
            found += ours.count
        }
        #expect(found >= 4)
    }

    @Test func searchCountsInsideFTS5AndPagesByDateFromTheCoveringIndex() throws {
        let storage = try store.sqliteStorage
        let day = CalendarDay(iso: "2016-10-17")
        let filters = storage.searchFilters("mosul", SearchOptions(since: day, until: day))
        let count = try plan("SELECT count(*) FROM article_fts WHERE \(filters.sql)", filters.values)
        #expect(!count.contains { $0.contains("SEARCH a ") || $0.contains("SCAN a ") }, "\(count)")
        #expect(
            count.contains {
                $0.contains("article USING COVERING INDEX article_published (published_at>? AND published_at<?)")
            },
            "\(count)")
        let newest = storage.searchPageStatement(filters, SearchOptions(sort: .newest))
        let newestSteps = try plan(newest.sql, newest.values)
        #expect(newestSteps.contains("SCAN a USING COVERING INDEX article_published"), "\(newestSteps)")
    }

    @Test func eventsOfARangeAreExactlyThoseWhoseDaysOverlapIt() throws {
        let db = try store.sqliteStorage.db
        // Spans of every precision around a year boundary, the approximate ones long.
        let spans: [(String, String, String)] = [
            ("2015-01-01", "2015-12-31", "year"), ("2015-12-01", "2015-12-31", "month"),
            ("2016-01-05", "2016-01-05", "day"),
            ("2014-06-01", "2016-02-01", "approximate"), ("2016-02-29", "2016-02-29", "day"),
            ("2016-01-01", "2016-12-31", "year"), ("2013-01-01", "2013-12-31", "year"),
        ]
        for (start, end, precision) in spans {
            try db.run(
                """
                INSERT INTO event (article_id, date, date_start, date_end, precision, expression, rule, evidence, field, start_offset)
                VALUES (1, ?, ?, ?, ?, 'x', 'test', 'x', 'body', 0)
                """, [start, start, end, precision])
        }
        for (from, to) in [
            ("2016-01-01", "2016-01-31"), ("2015-06-01", "2015-06-30"), ("2016-01-10", nil),
            ("2013-12-31", "2014-01-01"),
            ("2016-03-01", "2016-03-01"), ("0001-01-01", "2016-01-01"),
        ] as [(String, String?)] {
            let range = DateRange(from: CalendarDay(iso: from), to: to.flatMap(CalendarDay.init(iso:)))
            let found = try store.events(EventFilter(range: range, limit: 10_000)).map(\.id).sorted()
            let expected = try db.query(
                "SELECT id FROM event WHERE date_end >= ? AND date_start <= ? ORDER BY id", [from, to ?? "9999-12-31"]
            ) { try $0.int("id") }
            #expect(found == expected, "\(from)…\(to ?? "")")
        }
    }
}
