import Foundation
import Testing

@testable import NewsStore

/// A saved SQL query runs read-only, under a time limit and a row cap, on a migrated temp-file
/// database (WAL, so `journal_mode` changes would show). `db` is a fresh connection, opened after
/// the seeding one closed, so its virtual tables are not connected yet, as in `newsq run`.
@Suite final class ReadOnlyQueryTests {
    let directory: URL
    let path: String
    let db: Connection

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-readonly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("test.sqlite").path
        let setup = try Connection(path: path)
        try Migrator().migrate(setup)
        try setup.execute(ReadOnlyQueryTests.seed)
        db = try Connection(path: path)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    static let seed = """
        INSERT INTO article(id, title, body, published_at, source, content_hash, imported_from, imported_at)
        VALUES (1, 'After ISIS loses Mosul', 'Fighting near Mosul and Qayyara.', '2016-10-17T17:01:00Z', 'CNN',
                'hash-1', 'test', '2016-10-18T00:00:00Z');
        INSERT INTO place(id, name, kind, country_code, latitude, longitude, name_key, origin)
        VALUES (1, 'Mosul', 'city', 'IQ', 36.34, 43.13, 'mosul', 'gazetteer'),
               (2, 'Qayyara', 'town', 'IQ', 35.79, 43.29, 'qayyara', 'gazetteer');
        INSERT INTO place_name(place_id, name_key, name) VALUES (1, 'al mawsil', 'Al Mawsil');
        INSERT INTO place_mention(article_id, place_id, field, start_offset, end_offset, surface, sentence, resolved)
        VALUES (1, 1, 'body', 14, 19, 'Mosul', 'Fighting near Mosul and Qayyara.', 1),
               (1, 2, 'body', 24, 31, 'Qayyara', 'Fighting near Mosul and Qayyara.', 1),
               (1, 1, 'title', 17, 22, 'Mosul', 'After ISIS loses Mosul', 1);
        INSERT INTO event(id, article_id, date, date_start, date_end, precision, expression, rule, evidence, field,
                          start_offset)
        VALUES (1, 1, '2016-10-17', '2016-10-17', '2016-10-17', 'day', 'Monday', 'weekday-past',
                'On Monday the fighting began.', 'body', 0);
        INSERT INTO event_place(event_id, place_id) VALUES (1, 1), (1, 2);
        """

    /// What a refused statement must leave as it was.
    struct Snapshot: Equatable {
        var totalChanges: Int
        var rows: [Int]
        var schemaObjects: Int
        var databases: Int
        var foreignKeys: Bool
        var journalMode: String
    }

    func snapshot() throws -> Snapshot {
        let tables = ["article", "place", "place_name", "place_mention", "event", "saved_query", "article_fts"]
        let rows = try tables.map { table in
            try db.queryFirst("SELECT count(*) FROM \(table)") { $0.int(0) ?? -1 } ?? -1
        }
        return Snapshot(
            totalChanges: db.totalChanges,
            rows: rows,
            schemaObjects: try db.queryFirst("SELECT count(*) FROM sqlite_schema") { $0.int(0) ?? -1 } ?? -1,
            databases: try db.queryFirst("SELECT count(*) FROM pragma_database_list") { $0.int(0) ?? -1 } ?? -1,
            foreignKeys: try db.queryFirst("PRAGMA foreign_keys") { $0.int(0) } == 1,
            journalMode: try db.queryFirst("PRAGMA journal_mode") { try $0.text("journal_mode") } ?? "")
    }

    func run(_ sql: String, _ parameters: [String: SQLiteValue] = [:], timeout: Double = 5, rowLimit: Int = 100)
        throws -> QueryResult
    {
        try SavedQueryPolicy(db: db).run(
            sql, name: "test", parameters: parameters, timeout: timeout, rowLimit: rowLimit)
    }

    func reason(of error: NewsStoreError?) -> String {
        switch error {
        case .invalidSavedQuery(_, let reason)?: return reason
        case .parameterMismatch(_, let reason, _)?: return reason
        default: return "unexpected: \(String(describing: error))"
        }
    }

    // MARK: Running

    @Test func selectWithNamedParametersReturnsColumnsAndRows() throws {
        let result = try run(
            "SELECT p.name, count(*) AS mentions FROM place_mention m JOIN place p ON p.id = m.place_id "
                + "WHERE m.article_id = :article AND p.country_code = @country GROUP BY p.id ORDER BY mentions DESC",
            ["article": .integer(1), "country": .text("IQ")])
        #expect(result.columns == ["name", "mentions"])
        #expect(result.rows == [[.text("Mosul"), .integer(2)], [.text("Qayyara"), .integer(1)]])
        #expect(!result.truncated)
    }

    @Test func fullTextAndRTreeQueriesWorkOnAFreshConnection() throws {
        let search = try run(
            "SELECT rowid, bm25(article_fts) < 0, highlight(article_fts, 0, '[', ']') FROM article_fts "
                + "WHERE article_fts MATCH :term",
            ["term": .text("qayy*")])
        #expect(search.rows == [[.integer(1), .integer(1), .text("After ISIS loses Mosul")]])
        let near = try run("SELECT id FROM place_rtree WHERE min_lat > :south ORDER BY id", ["south": .real(36)])
        #expect(near.rows == [[.integer(1)]])
    }

    @Test func readOnlyPragmaOnTheAllowlistRuns() throws {
        let result = try run("PRAGMA table_info(place)")
        #expect(result.rows.contains { $0[1] == .text("latitude") })
    }

    @Test func trailingCommentAfterTheStatementIsAllowed() throws {
        #expect(try run("SELECT 1 AS one; -- that is all\n").rows == [[.integer(1)]])
    }

    @Test func rowCapTruncatesAndSaysSo() throws {
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT x FROM c"
        let capped = try run(sql, rowLimit: 3)
        #expect(capped.rows == [[.integer(1)], [.integer(2)], [.integer(3)]])
        #expect(capped.truncated)
        let exact = try run(sql, rowLimit: 10)
        #expect(exact.rows.count == 10)
        #expect(!exact.truncated)
    }

    @Test func queryRunningForeverIsStoppedByTheTimeLimit() throws {
        #expect(throws: NewsStoreError.queryTimedOut(name: "test", seconds: 0.2)) {
            try self.run(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                timeout: 0.2)
        }
        // The handlers are gone again: the next query on this connection runs normally.
        #expect(try run("SELECT 1").rows == [[.integer(1)]])
    }

    @Test func hugeValuesAreStoppedByTheLengthLimitAndTheLimitIsRestored() throws {
        let error = #expect(throws: NewsStoreError.self) { try self.run("SELECT length(zeroblob(100000000))") }
        #expect(reason(of: error).contains("MB, the limit for saved queries"))
        #expect(try db.queryFirst("SELECT length(zeroblob(100000000))") { $0.int(0) } == 100_000_000)
    }

    @Test func hugeStringBuiltInOneStepStopsAtTheLengthLimitNotItsTimeLimit() throws {
        // One printf is one virtual-machine operation: a deadline cannot stop it, the length
        // limit does, as soon as the string passes it. SQLite 3.40's printf then gives NULL
        // (later ones fail with SQLITE_TOOBIG, the MB error); either way no time-out and no
        // gigabyte string. 100 MB is under SQLite's own limit, so only ours can stop it.
        for width in [100_000_000, 1_000_000_000] {
            do {
                let result = try run("SELECT printf('%.*c', \(width), 'x')", timeout: 600)
                #expect(result.rows == [[.null]], "\(width)")
            } catch let error as NewsStoreError {
                #expect(reason(of: error).contains("MB, the limit for saved queries"), "\(width)")
            }
        }
    }

    @Test func bigRowsUnderTheLimitComeBackWholeAndAStoredValueOverItIsRefused() throws {
        let size = SavedQueryPolicy.valueLimit / 4
        let sql =
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) "
            + "SELECT x, printf('%.*c', \(size), 'x') AS big FROM c"
        let result = try run(sql, rowLimit: 2)
        #expect(result.rows.count == 2)
        #expect(result.truncated)
        #expect(result.rows.allSatisfy { $0[1].string?.utf8.count == size })

        try db.run(
            "INSERT INTO saved_query(name, kind, body, created_at, updated_at) VALUES ('huge', 'sql', ?, 'now', 'now')",
            [SQLiteValue.blob([UInt8](repeating: 0x41, count: SavedQueryPolicy.valueLimit + 1))])
        let error = #expect(throws: NewsStoreError.self) {
            try self.run("SELECT body FROM saved_query WHERE name = 'huge'")
        }
        #expect(reason(of: error).contains("MB, the limit for saved queries"))
        #expect(try db.queryFirst("SELECT length(body) FROM saved_query WHERE name = 'huge'") { $0.int(0) } != nil)
    }

    @Test func parametersAreReportedInSQLiteOrderWithoutRunning() throws {
        let names = try SavedQueryPolicy(db: db).parameters(
            of: "SELECT * FROM article WHERE published_at >= :from AND published_at < :to AND source = $source",
            name: "test")
        #expect(names == ["from", "to", "source"])
    }

    @Test func checkingWithoutRunningRefusesWhatRunningWouldRefuse() throws {
        for sql in [
            "SELECT load_extension('x')", "PRAGMA foreign_keys = OFF", "SELECT 1; SELECT 2", "DELETE FROM event",
        ] {
            let error = #expect(throws: NewsStoreError.self) {
                try SavedQueryPolicy(db: self.db).parameters(of: sql, name: "test")
            }
            #expect(reason(of: error).contains("read-only") || reason(of: error).contains("one statement"), "\(sql)")
        }
    }

    // MARK: Parameters

    @Test func missingParameterIsAnErrorListingTheExpectedNames() throws {
        let error = #expect(throws: NewsStoreError.self) {
            try self.run("SELECT :place AS place, :year AS year", ["place": .text("Mosul")])
        }
        #expect(
            error == .parameterMismatch(name: "test", reason: "parameters missing year", expected: ["place", "year"]))
        #expect(error?.description.contains("it expects :place, :year") == true)
    }

    @Test func unknownParameterIsAnErrorListingTheExpectedNames() throws {
        let error = #expect(throws: NewsStoreError.self) {
            try self.run("SELECT :place AS place", ["place": .text("Mosul"), "plcae": .text("x")])
        }
        #expect(error == .parameterMismatch(name: "test", reason: "parameters unknown plcae", expected: ["place"]))
    }

    @Test func positionalParametersAreRefused() throws {
        let error = #expect(throws: NewsStoreError.self) { try self.run("SELECT ?1, ?", [:]) }
        #expect(reason(of: error).contains("use named parameters like :place"))
    }

    @Test func parameterValuesFromTheCommandLineBindAsNumbersWhenTheyAreNumbers() throws {
        let result = try run(
            "SELECT title FROM article WHERE id = :article LIMIT :limit",
            ["article": SavedQuery.parameterValue("1"), "limit": SavedQuery.parameterValue("5")])
        #expect(result.rows == [[.text("After ISIS loses Mosul")]])
    }

    // MARK: Refusals

    static let writes = [
        "INSERT INTO place(name, kind, name_key, origin) VALUES ('X', 'city', 'x', 'text')",
        "UPDATE article SET title = 'changed'",
        "DELETE FROM article",
        "DROP TABLE event_place",
        "CREATE TABLE scratch(x)",
        "CREATE TEMP TABLE scratch(x)",
        "CREATE INDEX place_kind ON place(kind)",
        "ALTER TABLE place ADD COLUMN note TEXT",
        "ATTACH '/tmp/x.db' AS x",
        "DETACH main",
        "PRAGMA foreign_keys=OFF",
        "PRAGMA journal_mode=DELETE",
        "PRAGMA query_only = OFF",
        "PRAGMA writable_schema = ON",
        "SELECT load_extension('x')",
        "SELECT fts3_tokenizer('simple')",
        "WITH n(x) AS (SELECT 'Y') INSERT INTO place(name, kind, name_key, origin) SELECT x, 'city', lower(x), 'text' FROM n",
        "INSERT INTO article_fts(article_fts) VALUES ('delete-all')",
        "BEGIN",
        "COMMIT",
        "SAVEPOINT s",
        "VACUUM",
        "ANALYZE",
        "REINDEX",
    ]

    @Test(arguments: writes)
    func writesSchemaChangesAttachAndPragmaChangesAreRefusedAndChangeNothing(sql: String) throws {
        let before = try snapshot()
        let error = #expect(throws: NewsStoreError.self) { try self.run(sql) }
        #expect(reason(of: error).contains("saved queries are read-only"), "\(sql): \(String(describing: error))")
        #expect(try snapshot() == before)
        // The guard is gone again: ordinary writes on this connection work.
        try db.run(
            "INSERT INTO saved_query(name, kind, body, created_at, updated_at) VALUES ('after', 'sql', 'SELECT 1', 'now', 'now')"
        )
        #expect(db.changes == 1)
    }

    @Test func secondStatementIsRefusedAndDoesNotRun() throws {
        let before = try snapshot()
        let error = #expect(throws: NewsStoreError.self) { try self.run("SELECT 1; DELETE FROM article") }
        #expect(reason(of: error).contains("one statement only"))
        #expect(try snapshot() == before)
    }

    @Test func pragmaInATrailingStatementDoesNotTakeEffect() throws {
        let error = #expect(throws: NewsStoreError.self) { try self.run("SELECT 1; PRAGMA foreign_keys = OFF") }
        #expect(reason(of: error).contains("one statement only"))
        #expect(try db.queryFirst("PRAGMA foreign_keys") { $0.int(0) } == 1)
    }

    @Test func vacuumIntoWritesNoFile() throws {
        let target = directory.appendingPathComponent("copy.sqlite").path
        #expect(throws: NewsStoreError.self) { try self.run("VACUUM INTO :target", ["target": .text(target)]) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func emptyAndCommentOnlySQLAreRefusedInWords() throws {
        #expect(reason(of: #expect(throws: NewsStoreError.self) { try self.run("  ") }).contains("empty"))
        #expect(
            reason(of: #expect(throws: NewsStoreError.self) { try self.run("-- nothing") }).contains("only comments"))
        #expect(reason(of: #expect(throws: NewsStoreError.self) { try self.run("SELEC 1") }).contains("syntax error"))
    }

    @Test func everyVirtualTableOfTheSchemaIsConnectedBeforeTheAuthorizer() throws {
        let virtual = try db.query(
            "SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        ) {
            $0.string(0)
        }
        #expect(virtual == SavedQueryPolicy.virtualTables.sorted())
    }

    // MARK: Sample queries

    static let sampleFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData/queries")

    static let sampleValues: [String: SQLiteValue] = [
        "place": .text("Mosul"), "article": .integer(1), "from": .text("2016-10-01"), "to": .text("2016-10-31"),
    ]

    func sampleQueries() throws -> [SavedQuery] {
        let files = try FileManager.default.contentsOfDirectory(atPath: ReadOnlyQueryTests.sampleFolder.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        return try files.map { file in
            let text = try String(
                contentsOf: ReadOnlyQueryTests.sampleFolder.appendingPathComponent(file), encoding: .utf8)
            return try SavedQueryFile.parse(text, fileName: file)
        }
    }

    @Test func everySampleQueryDeclaresItsParametersAndRunsOnAnEmptyMigratedDatabase() throws {
        let samples = try sampleQueries()
        #expect(samples.map(\.name) == ["articles-mentioning", "events-between", "places-in-article", "top-places"])
        let empty = try Connection(path: ":memory:")
        try Migrator().migrate(empty)
        for sample in samples {
            #expect(sample.kind == .sql)
            #expect(
                try SavedQueryPolicy(db: empty).parameters(of: sample.body, name: sample.name) == sample.parameters,
                "\(sample.name)")
            let values = ReadOnlyQueryTests.sampleValues.filter { sample.parameters.contains($0.key) }
            let result = try SavedQueryPolicy(db: empty).run(
                sample.body, name: sample.name, parameters: values, timeout: 5, rowLimit: 10)
            #expect(result.rows.isEmpty, "\(sample.name)")
            #expect(!result.columns.isEmpty)
        }
    }

    @Test func sampleQueriesFindTheSeededArticlePlacesAndEvents() throws {
        let samples = Dictionary(uniqueKeysWithValues: try sampleQueries().map { ($0.name, $0) })
        func rows(_ name: String, _ values: [String: SQLiteValue]) throws -> [[SQLiteValue]] {
            let body = try #require(samples[name]).body
            return try SavedQueryPolicy(db: db).run(body, name: name, parameters: values, timeout: 5, rowLimit: 10).rows
        }
        #expect(try rows("articles-mentioning", ["place": .text("al mawsil")]).map { $0[0] } == [.integer(1)])
        #expect(try rows("articles-mentioning", ["place": .text("Baghdad")]).isEmpty)
        #expect(
            try rows("places-in-article", ["article": .integer(1)]).map { [$0[1], $0[6]] }
                == [[.text("Mosul"), .integer(2)], [.text("Qayyara"), .integer(1)]])
        #expect(
            try rows("events-between", ["from": .text("2016-10-01"), "to": .text("2016-10-31")]).map { $0[7] }
                == [.text("Mosul; Qayyara")])
        #expect(try rows("events-between", ["from": .text("2016-11-01"), "to": .text("2016-11-30")]).isEmpty)
        #expect(
            try rows("top-places", ["from": .text("2016-10-17"), "to": .text("2016-10-17")]).map { $0[1] }
                == [.text("Mosul"), .text("Qayyara")])
    }
}
