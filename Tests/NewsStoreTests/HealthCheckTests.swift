import Foundation
import Testing

@testable import NewsStore

/// `checkHealth` finds each kind of damage a store can take without the file being broken, and
/// `repair` puts it right in one go. Damage is made with foreign keys off, as another tool (the
/// sqlite3 shell's default) would write.
@Suite struct HealthCheckTests {
    /// A small store (tiny gazetteer) holding one imported article with authors, places, events.
    func storeWithArticle() throws -> (NewsStore, Connection) {
        let store = try StoreFixtures.small()
        let summary = store.importFiles([try StoreFixtures.file("floods.txt", StoreFixtures.floods)])
        #expect(summary.succeeded)
        let db = try store.sqliteStorage.db
        #expect(try db.queryFirst("SELECT count(*) FROM author") { $0.int(0) } == 2)
        return (store, db)
    }

    func failing(_ report: HealthReport) -> [HealthCheck.Kind] { report.failures.map(\.kind) }

    @Test func theSeededStoreWithTheWholeGazetteerPassesEveryCheck() throws {
        let report = try StoreFixtures.seeded().checkHealth()
        #expect(report.checks.map(\.kind) == HealthCheck.Kind.allCases)
        #expect(report.passed, "\(report.failures)")
    }

    @Test func repairingAHealthyStoreChangesNothing() throws {
        let (store, db) = try storeWithArticle()
        let before = try store.statistics()
        let report = try store.repair()
        #expect(report.passed)
        #expect(report.checks.allSatisfy { $0.repair == nil })
        #expect(try store.statistics() == before)
        #expect(try db.queryFirst("SELECT count(*) FROM place_rtree") { $0.int(0) } == 4)
    }

    @Test func fullTextIndexMissingAnArticleIsFoundAndRebuilt() throws {
        let (store, db) = try storeWithArticle()
        // Take the article out of the index while it stays in `article`.
        try db.run(
            """
            INSERT INTO article_fts(article_fts, rowid, title, highlights, body, captions)
            SELECT 'delete', id, title, highlights, body, captions FROM article
            """)
        #expect(try store.search("floods").total == 0)
        let found = try store.checkHealth()
        #expect(failing(found) == [.fullTextIndex])
        #expect(found.failures.first?.problem?.contains("does not match the articles") == true)

        let repaired = try store.repair()
        #expect(repaired.passed)
        #expect(
            repaired.checks.first { $0.kind == .fullTextIndex }?.repair
                == "rebuilt the full-text index from the articles")
        #expect(try store.search("floods").total == 1)
    }

    @Test func placeIndexMissingWrongAndStrayBoxesAreFoundAndRebuilt() throws {
        let (store, db) = try storeWithArticle()
        let mosul = try #require(try db.queryFirst("SELECT id FROM place WHERE name = 'Mosul'") { $0.int(0) })
        let baghdad = try #require(try db.queryFirst("SELECT id FROM place WHERE name = 'Baghdad'") { $0.int(0) })
        try db.run("DELETE FROM place_rtree WHERE id = ?", [mosul])
        try db.run("UPDATE place_rtree SET min_lat = 10, max_lat = 10 WHERE id = ?", [baghdad])
        try db.run("INSERT INTO place_rtree VALUES (999999, 1, 1, 1, 1)")
        let found = try store.checkHealth()
        #expect(failing(found) == [.placeIndex])
        let problem = try #require(found.failures.first?.problem)
        #expect(problem.contains("1 places with coordinates have no box"))
        #expect(problem.contains("1 boxes do not match"))
        #expect(problem.contains("1 boxes belong to no place"))

        let repaired = try store.repair()
        #expect(repaired.passed)
        #expect(repaired.checks.first { $0.kind == .placeIndex }?.repair != nil)
        #expect(try store.places(PlaceFilter(near: "Mosul", withinKm: 1)).map(\.place.name).contains("Mosul"))
    }

    @Test func danglingRowsAndOrphansAreFoundAndDeletedTogether() throws {
        let (store, db) = try storeWithArticle()
        try db.execute("PRAGMA foreign_keys = OFF")
        try db.run("INSERT INTO author(name, name_key) VALUES ('Nobody Known', 'nobody known')")
        try db.run("INSERT INTO place(name, kind, name_key, origin) VALUES ('Nowhere', 'area', 'nowhere', 'text')")
        let event = try #require(try db.queryFirst("SELECT min(id) FROM event") { $0.int(0) })
        try db.run("INSERT INTO event_place(event_id, place_id) VALUES (?, 424242)", [event])
        try db.run("INSERT INTO event_place(event_id, place_id) VALUES (777777, 1)")
        try db.execute("PRAGMA foreign_keys = ON")

        let found = try store.checkHealth()
        #expect(failing(found) == [.foreignKeys, .danglingRows, .orphanAuthors, .orphanPlaces])
        #expect(found.failures.first { $0.kind == .danglingRows }?.problem?.contains("rows of event_place") == true)
        #expect(
            found.failures.first { $0.kind == .orphanAuthors }?.problem?.hasPrefix("1 authors have no article") == true)

        let articles = try store.statistics().articles
        let repaired = try store.repair()
        #expect(repaired.passed, "\(repaired.failures)")
        #expect(repaired.checks.first { $0.kind == .danglingRows }?.repair == "deleted 2 rows pointing nowhere")
        #expect(repaired.checks.first { $0.kind == .orphanAuthors }?.repair == "deleted 1 authors with no article")
        #expect(repaired.checks.first { $0.kind == .orphanPlaces }?.repair == "deleted 1 places no article mentions")
        #expect(try store.statistics().articles == articles)
        #expect(try db.queryFirst("SELECT count(*) FROM author") { $0.int(0) } == 2)
    }

    @Test func damagedFileIsReportedAndLeftAloneByRepair() throws {
        // A page of an index overwritten with zeros: integrity_check sees it, nothing rewrites it.
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("damaged.sqlite").path
        do {
            let store = try NewsStore(path: path, access: .create)
            let db = try store.sqliteStorage.db
            try db.execute("PRAGMA journal_mode = DELETE")
            try db.execute(
                """
                CREATE TABLE filler(x TEXT); CREATE INDEX filler_x ON filler(x);
                WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000)
                INSERT INTO filler SELECT printf('%.40c', n) || n FROM c;
                """)
        }
        let pageSize = 4096
        let rootPage =
            try Connection(path: path, mode: .readOnly).queryFirst(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'filler_x'"
            ) { $0.int(0) ?? 0 } ?? 0
        #expect(rootPage > 1)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64((rootPage - 1) * pageSize))
        handle.write(Data(repeating: 0x55, count: 64))
        try handle.close()

        let store = try NewsStore(path: path, access: .existing)
        let report = try store.repair()
        #expect(failing(report).first == .integrity)
        #expect(report.checks.first?.repair == "not repaired: the file itself is damaged; restore a backup")
    }
}
