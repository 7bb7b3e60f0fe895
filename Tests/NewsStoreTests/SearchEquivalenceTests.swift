import Foundation
import Testing

@testable import NewsStore

/// The search and listing statements rewritten to rank inside FTS5 and filter through indexes
/// give the same hits, scores, snippets, authors, order and counts as the statements they replaced,
/// kept here verbatim as the reference.
@Suite struct SearchEquivalenceTests {
    let store: NewsStore
    let db: Connection

    /// The seed, the floods article, and copies of the seed that tie on score (one title word
    /// apart), some on date too, dated on both sides of day boundaries, one undated.
    init() throws {
        store = try StoreFixtures.seeded()
        _ = store.importFiles([try StoreFixtures.file("floods.txt", StoreFixtures.floods)])
        db = try store.sqliteStorage.db
        let dates: [String?] = [
            "2016-10-17", "2016-10-17T00:00:00Z", "2016-10-17T23:59:59Z", "2016-10-16T23:59:59Z",
            "2016-10-18T00:00:00Z", "2016-10-18", nil, "2016-10-17", "2016-10-16", "2016-10-17T23:59:59Z",
        ]
        for (number, date) in dates.enumerated() {
            try db.run(
                """
                INSERT INTO article(title, highlights, body, captions, published_at, source, content_hash,
                    imported_from, imported_at)
                SELECT title || ' copy' || ?1, highlights, body, captions, ?2, source, content_hash || ?1, 'copy',
                       imported_at
                FROM article WHERE id = 1
                """, [number, date])
            try db.run(
                """
                INSERT INTO article_author(article_id, author_id, position, role, outlet)
                SELECT ?1, author_id, position, role, outlet FROM article_author WHERE article_id = 1
                """, [db.lastInsertRowID])
        }
    }

    /// An article's byline read as it was, one article at a time, with each person's role and outlet.
    func referenceAuthors(of articleID: Int) throws -> [Byline] {
        try db.query(
            """
            SELECT au.name, aa.role, aa.outlet FROM article_author aa JOIN author au ON au.id = aa.author_id
            WHERE aa.article_id = ? ORDER BY aa.position
            """, [articleID]
        ) { row in
            Byline(
                name: try row.text("name"), role: try row.optionalText("role"), outlet: try row.optionalText("outlet"))
        }
    }

    /// The search as it was: every hit joined to `article`, snippets built before sorting,
    /// authors read one article at a time, the count re-running the whole MATCH with the join.
    func reference(_ expression: String, _ options: SearchOptions) throws -> (hits: [SearchHit], total: Int) {
        let order: String
        switch options.sort {
        case .rank: order = "score DESC, a.published_at DESC, a.id DESC"
        case .newest: order = "a.published_at DESC, a.id DESC"
        case .oldest: order = "a.published_at ASC, a.id ASC"
        }
        let filters = """
            article_fts MATCH ?1
              AND (?2 IS NULL OR substr(a.published_at, 1, 10) >= ?2)
              AND (?3 IS NULL OR substr(a.published_at, 1, 10) <= ?3)
              AND (?4 IS NULL OR EXISTS (SELECT 1 FROM article_author aa JOIN author au ON au.id = aa.author_id
                   WHERE aa.article_id = a.id AND instr(au.name_key, ?4) > 0))
              AND (?5 IS NULL OR EXISTS (SELECT 1 FROM place_mention m JOIN place p ON p.id = m.place_id
                   WHERE m.article_id = a.id AND (p.name_key = ?5
                         OR p.id IN (SELECT place_id FROM place_name WHERE name_key = ?5))))
              AND (?6 IS NULL OR lower(a.source) = lower(?6))
            """
        let values: [any SQLiteBindable] = [
            expression, options.since?.iso, options.until?.iso, options.author.map(NameKey.fold),
            options.place.map(PlaceNameKey.fold), options.source,
        ]
        let hits = try db.query(
            """
            SELECT a.id, a.published_at, a.title, a.source,
                   -bm25(article_fts, 10.0, 5.0, 1.0, 1.0) AS score,
                   snippet(article_fts, -1, char(2), char(3), '…', 16) AS snippet
            FROM article_fts JOIN article a ON a.id = article_fts.rowid
            WHERE \(filters)
            ORDER BY \(order) LIMIT ?7 OFFSET ?8
            """, values + [options.limit, options.offset]
        ) { row in
            SearchHit(
                article: try SQLiteStorage.summary(from: row), score: try row.double("score"),
                snippet: try row.text("snippet"))
        }
        let total =
            try db.queryFirst(
                "SELECT count(*) AS hits FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE \(filters)",
                values
            ) { try $0.int("hits") } ?? 0
        let withAuthors = try hits.map { hit in
            var hit = hit
            hit.article.authors = try referenceAuthors(of: hit.article.id)
            return hit
        }
        return (withAuthors, total)
    }

    @Test func searchGivesTheSameHitsOrderAndCountAsTheJoinEverythingStatement() throws {
        let day = CalendarDay(iso: "2016-10-17")
        let filters: [SearchOptions] = [
            SearchOptions(), SearchOptions(since: day), SearchOptions(until: day),
            SearchOptions(since: day, until: day),
            SearchOptions(author: "bergen"), SearchOptions(place: "Qayyara"), SearchOptions(source: "cnn"),
            SearchOptions(since: CalendarDay(iso: "2016-10-18"), place: "mosul"),
        ]
        let pages = [(20, 0), (3, 0), (3, 2), (1, 5), (4, 11), (1_000, 0), (5, 100)]
        var compared = 0
        for expression in ["mosul", "said", "mos*", "\"victory bell\"", "mosul NOT floods", "title : copy3"] {
            for base in filters {
                for sort in SearchOptions.Sort.allCases {
                    for (limit, offset) in pages {
                        var options = base
                        options.sort = sort
                        options.limit = limit
                        options.offset = offset
                        options.raw = true
                        let ours = try store.search(expression, options)
                        let theirs = try reference(expression, options)
                        #expect(ours.hits == theirs.hits, "\(expression) \(options)")
                        #expect(ours.total == theirs.total, "\(expression) \(options)")
                        compared += theirs.hits.count
                    }
                }
            }
        }
        #expect(compared > 1_000)
    }

    @Test func rankTiesAreBrokenNewestFirstThenByHigherID() throws {
        let hits = try store.search("mosul", SearchOptions(limit: 1_000)).hits
        let copies = hits.filter { $0.article.title.contains(" copy") }
        #expect(copies.count == 10)
        #expect(Set(copies.map(\.score)).count == 1)
        let order = copies.map { ($0.article.publishedAt?.iso ?? "", $0.article.id) }
        #expect(order.elementsEqual(order.sorted { $0 > $1 }, by: ==))
    }

    @Test func dayBoundsCountWholeDaysForBareDaysAndInstants() throws {
        let day = try #require(CalendarDay(iso: "2016-10-17"))
        let stored = try db.query("SELECT id, published_at FROM article WHERE published_at IS NOT NULL") { row in
            (id: try row.int("id"), published: try row.text("published_at"))
        }
        let onTheDay = Set(stored.filter { $0.published.hasPrefix("2016-10-17") }.map(\.id))
        let fromTheDay = Set(stored.filter { String($0.published.prefix(10)) >= "2016-10-17" }.map(\.id))
        let untilTheDay = Set(stored.filter { String($0.published.prefix(10)) <= "2016-10-17" }.map(\.id))
        #expect(onTheDay.count == 6)
        let search = { (options: SearchOptions) in
            Set(
                try store.search(
                    "mosul OR copy OR floods",
                    SearchOptions(
                        since: options.since, until: options.until, limit: 1_000, raw: true)
                ).hits.map(\.article.id))
        }
        #expect(try search(SearchOptions(since: day, until: day)) == onTheDay)
        #expect(try search(SearchOptions(since: day)) == fromTheDay)
        #expect(try search(SearchOptions(until: day)) == untilTheDay)
        let listed = { (range: DateRange) in Set(try store.articles(in: range, limit: 1_000).map(\.id)) }
        #expect(try listed(DateRange(from: day, to: day)) == onTheDay)
        #expect(try listed(DateRange(from: day)) == fromTheDay)
        #expect(try listed(DateRange(to: day)) == untilTheDay)
    }

    @Test func articleListsKeepTheirOrderAndAuthors() throws {
        let listed = try store.articles(in: .all, limit: 1_000)
        let expected = try db.query(
            "SELECT id, published_at, title, source FROM article ORDER BY published_at DESC, id DESC",
            [], SQLiteStorage.summary(from:))
        #expect(listed.map(\.id) == expected.map(\.id))
        for summary in listed {
            #expect(summary.authors == (try referenceAuthors(of: summary.id)))
        }
        #expect(listed.contains { $0.authors.count > 1 })
        #expect(listed.contains { $0.authors.contains { $0.role != nil && $0.outlet != nil } })
    }
}
