import Foundation
import Testing

@testable import NewsStore

/// `newsq export` and the import of its output: the round trip must give back the same
/// knowledge, table by table, ids aside.
@Suite struct ExportRoundTripTests {
    /// An article with no publication date, a place the gazetteer lacks, and no byline.
    static let undated = """
        Shelling near the Khazer frontline

        Fighters shelled positions along the Khazer frontline and in the village of Bedene, residents said.
        """

    /// An approximate date ("earlier this month") and a byline of three people.
    static let approximate = """
        Aid convoys reach Qayyara

        By Ann Lee, Bob Stone and Cy Park, CNN

        Updated 10:00 AM ET, Thu October 20, 2016

        Earlier this month, aid convoys reached Qayyara south of Mosul, officials said.

        Families who fled Mosul last week were given tents in Erbil on Wednesday.
        """

    /// The seed plus three articles made like the corpus's, imported with extraction.
    static func sourceStore() throws -> NewsStore {
        let store = try StoreFixtures.seeded()
        let folder = try TestSupport.temporaryFolder()
        let paths = try [
            StoreFixtures.file("floods.txt", StoreFixtures.floods, in: folder),
            StoreFixtures.file("undated.txt", undated, in: folder),
            StoreFixtures.file("approximate.txt", approximate, in: folder),
        ]
        let summary = store.importFiles(paths)
        #expect(summary.failed.isEmpty)
        #expect(summary.imported.count == 3)
        return store
    }

    /// Every line `export` writes.
    static func exportedLines(_ store: NewsStore, _ selection: ArticleSelection = ArticleSelection()) throws -> [Data] {
        var output = Data()
        try store.export(selection) { output.append($0) }
        #expect(output.isEmpty || output.last == 0x0A)
        return output.split(separator: 0x0A).map { Data($0) }
    }

    /// A new, empty database (migrated, no sample data).
    static func emptyStore() throws -> NewsStore {
        try NewsStore(path: TestSupport.temporaryFolder().appendingPathComponent("copy.sqlite").path, access: .create)
    }

    /// The rows of each table by what they hold, ids replaced by the natural keys they point at.
    static let tables: [(name: String, columns: Int, sql: String)] = [
        (
            "article", 16,
            """
            SELECT url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                   source, section, language, content_hash, imported_from, imported_at, extracted FROM article
            """
        ),
        ("author", 2, "SELECT name, name_key FROM author"),
        (
            "article_author", 5,
            """
            SELECT a.content_hash, au.name_key, aa.position, aa.role, aa.outlet
            FROM article_author aa JOIN article a ON a.id = aa.article_id JOIN author au ON au.id = aa.author_id
            """
        ),
        (
            "place", 10,
            """
            SELECT name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin
            FROM place
            """
        ),
        (
            "place_name", 5,
            "SELECT p.name_key, p.kind, p.geonames_id, n.name_key, n.name FROM place_name n JOIN place p ON p.id = n.place_id"
        ),
        (
            "place_mention", 10,
            """
            SELECT a.content_hash, p.name_key, p.kind, p.geonames_id, m.field, m.start_offset, m.end_offset,
                   m.surface, m.sentence, m.resolved
            FROM place_mention m JOIN article a ON a.id = m.article_id JOIN place p ON p.id = m.place_id
            """
        ),
        (
            "event", 11,
            """
            SELECT a.content_hash, e.date, e.date_start, e.date_end, e.precision, e.expression, e.rule, e.evidence,
                   e.field, e.start_offset,
                   (SELECT group_concat(k, ';') FROM (SELECT p.name_key || '/' || p.kind AS k FROM event_place ep
                    JOIN place p ON p.id = ep.place_id WHERE ep.event_id = e.id ORDER BY 1))
            FROM event e JOIN article a ON a.id = e.article_id
            """
        ),
        (
            "article_fts", 5,
            """
            SELECT a.content_hash, f.title, f.highlights, f.body, f.captions
            FROM article_fts f JOIN article a ON a.id = f.rowid
            """
        ),
        (
            "article_fts match", 2,
            """
            SELECT a.content_hash, w.word FROM (SELECT 'mosul' AS word UNION SELECT 'qayy*' UNION SELECT 'khazer'
              UNION SELECT 'floods') w JOIN article_fts f ON f.article_fts MATCH w.word JOIN article a ON a.id = f.rowid
            """
        ),
    ]

    /// Each row as one line of quoted values, sorted.
    static func rows(_ store: NewsStore, _ sql: String, columns: Int) throws -> [String] {
        try store.sqliteStorage.db.query(sql) { row in
            (0..<columns).map { String(describing: row[$0]) }.joined(separator: " | ")
        }.sorted()
    }

    @Test func anExportImportedIntoAnEmptyDatabaseGivesBackEveryTableIdsAside() throws {
        let source = try Self.sourceStore()
        // The fixture holds what the round trip must carry: an undated article, an approximate
        // event, an unresolved place and an article with several authors.
        let figures = try #require(
            try source.sqliteStorage.db.queryFirst(
                """
                SELECT (SELECT count(*) FROM article WHERE published_at IS NULL),
                       (SELECT count(*) FROM event WHERE precision = 'approximate'),
                       (SELECT count(*) FROM place_mention WHERE resolved = 0),
                       (SELECT max(n) FROM (SELECT count(*) AS n FROM article_author GROUP BY article_id)),
                       (SELECT count(*) FROM article)
                """
            ) { row in (0..<5).map { row.int($0) ?? 0 } })
        #expect(figures.allSatisfy { $0 >= 1 })
        #expect(figures[3] >= 3)
        #expect(figures.last == 4)

        let lines = try Self.exportedLines(source)
        #expect(lines.count == 4)
        let copy = try Self.emptyStore()
        let summary = copy.importExported(lines, origin: "export.jsonl")
        #expect(summary.failed.isEmpty)
        #expect(summary.imported.count == 4)
        for table in Self.tables {
            let expected = try Self.rows(source, table.sql, columns: table.columns)
            let found = try Self.rows(copy, table.sql, columns: table.columns)
            #expect(found == expected, "table \(table.name) differs")
        }
        #expect(try copy.checkHealth().passed)
        // And once more: the copy's export is byte for byte the original's.
        #expect(try Self.exportedLines(copy) == lines)
    }

    @Test func importingAnExportTwiceFindsEveryArticlePresent() throws {
        let source = try StoreFixtures.seeded()
        let lines = try Self.exportedLines(source)
        let summary = source.importExported(lines, origin: "again.jsonl")
        #expect(summary.imported.isEmpty)
        #expect(summary.alreadyPresent.map(\.origin) == ["again.jsonl:1"])
    }

    @Test func aBadLineIsReportedWithItsNumberAndTheOthersAreImported() throws {
        let source = try Self.sourceStore()
        var lines = try Self.exportedLines(source, ArticleSelection(source: "Reuters"))
        #expect(lines.count == 1)
        var edited = try ExportRecord(jsonLine: lines[0])
        edited.body += " Edited."
        let mismatched = try edited.jsonLine()
        lines += [Data("{\"title\": \"no version\"}".utf8), Data("not json".utf8), Data(), mismatched]
        let copy = try Self.emptyStore()
        let summary = copy.importExported(lines, origin: "bad.jsonl")
        #expect(summary.imported.map(\.origin) == ["bad.jsonl:1"])
        #expect(summary.failed.map(\.origin) == ["bad.jsonl:2", "bad.jsonl:3", "bad.jsonl:5"])
        #expect(summary.failed[0].reason.contains("newsq_export"))
        #expect(summary.failed[2].reason.contains("content_hash"))
        #expect(try copy.statistics().articles == 1)
    }

    @Test func aRecordIsStoredWholeOrNotAtAll() throws {
        var record = ExportRecord(title: "A", body: "Text about Mosul.")
        record.places = [ExportedPlace(name: "Mosul", kind: .city, origin: .text)]
        record.events = [
            ExportedEvent(
                date: "2016-10-17", start: try #require(CalendarDay(iso: "2016-10-17")),
                end: try #require(CalendarDay(iso: "2016-10-17")), precision: .day, expression: "Monday",
                rule: "weekday-past", evidence: "Text about Mosul.", field: .body, offset: 0, places: [3])
        ]
        let copy = try Self.emptyStore()
        let summary = copy.importExported([("hand.jsonl:1", record)])
        #expect(summary.failed.count == 1)
        #expect(summary.failed.first?.reason.contains("event place") == true)
        let statistics = try copy.statistics()
        #expect(statistics.articles == 0)
        #expect(statistics.places == 0)
        #expect(statistics.events == 0)
    }

    @Test func aLineStartsWithTheVersionKeyAndKeepsItsKeysInOrder() throws {
        let source = try StoreFixtures.seeded()
        let line = String(decoding: try #require(try Self.exportedLines(source).first), as: UTF8.self)
        #expect(line.hasPrefix("{\"newsq_export\":2,\"authors\":["))
        #expect(!line.contains("\n"))
        #expect(line.contains("\"geonames_id\":"))
        #expect(line.contains("\"content_hash\":\""))
    }

    @Test func exportFollowsTheSearchAndTheFilters() throws {
        let source = try Self.sourceStore()
        #expect(try Self.exportedLines(source, ArticleSelection(query: "khazer")).count == 2)
        #expect(try Self.exportedLines(source, ArticleSelection(undatedOnly: true)).count == 1)
        #expect(try Self.exportedLines(source, ArticleSelection(query: "mosul", source: "reuters")).count == 1)
        #expect(try Self.exportedLines(source, ArticleSelection(author: "Cy Park")).count == 1)
        #expect(try Self.exportedLines(source, ArticleSelection(query: "nothingmatchesthis")).isEmpty)
    }
}
