import Foundation
import Testing

@testable import NewsStore

@Suite struct MigratorTests {
    @Test func appliesEveryMigrationToAnEmptyDatabaseOnce() throws {
        let db = try Connection(path: ":memory:")
        let applied = try Migrator().migrate(db)
        #expect(applied == Migration.embedded.map(\.version))
        #expect(try Migrator().migrate(db).isEmpty)  // up to date: nothing to do
        let status = try Migrator().status(of: db)
        #expect(status.allSatisfy { $0.appliedAt != nil })
        #expect(try db.queryFirst("SELECT count(*) FROM sqlite_schema WHERE name = 'article_fts'") { $0.int(0) } == 1)
    }

    @Test func statusListsPendingMigrationsBeforeMigrating() throws {
        let db = try Connection(path: ":memory:")
        let status = try Migrator().status(of: db)
        #expect(status.count == Migration.embedded.count)
        #expect(status.allSatisfy { $0.appliedAt == nil })
    }

    @Test func refusesADatabaseWrittenByANewerNewsq() throws {
        let db = try Connection(path: ":memory:")
        try Migrator().migrate(db)
        try db.run(
            "INSERT INTO newsq_migration(version, name, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00Z')")
        let error = try #require(throws: NewsStoreError.self) { try Migrator().migrate(db) }
        guard case .databaseTooNew(_, let databaseVersion, _) = error else {
            Issue.record("expected databaseTooNew, got \(error)")
            return
        }
        #expect(databaseVersion == 999)
        #expect(error.description.contains("newer newsq"))
    }

    @Test func rollsBackAFailingMigrationAndKeepsTheEarlierOnes() throws {
        let good = try #require(Migration(fileName: "0001_good.sql", sql: "CREATE TABLE a(x);"))
        let bad = try #require(Migration(fileName: "0002_bad.sql", sql: "CREATE TABLE b(x); SELEKT;"))
        let db = try Connection(path: ":memory:")
        #expect(throws: NewsStoreError.self) { try Migrator(migrations: [good, bad]).migrate(db) }
        let tables = try db.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0.string(0) }
        #expect(tables.contains("a"))
        #expect(!tables.contains("b"))
        #expect(try db.query("SELECT version FROM newsq_migration") { $0.int(0) } == [1])
    }

    @Test func foreignKeyViolationsFailTheMigration() throws {
        let parent = try #require(
            Migration(fileName: "0001_parent.sql", sql: "CREATE TABLE p(id INTEGER PRIMARY KEY);"))
        let orphan = try #require(
            Migration(
                fileName: "0002_orphan.sql",
                sql: "PRAGMA defer_foreign_keys=ON; CREATE TABLE c(p REFERENCES p(id)); INSERT INTO c VALUES (5);"))
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: NewsStoreError.self) {
            try Migrator(migrations: [parent, orphan]).migrate(db)
        }
        #expect(error.description.contains("foreign key check failed in table c"))
    }

    // MARK: Rebuilding a table with foreign keys on

    /// SQLite's twelve-step rebuild of `place` (create new, copy, drop, rename, recreate its
    /// indexes and triggers), adding a column. `keep` filters the rows copied.
    static func rebuildPlace(keep: String = "1") throws -> Migration {
        let sql = """
            CREATE TABLE place_new (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL,
                kind        TEXT NOT NULL,
                country_code TEXT,
                admin1      TEXT,
                latitude    REAL,
                longitude   REAL,
                population  INTEGER,
                geonames_id INTEGER UNIQUE,
                name_key    TEXT NOT NULL,
                origin      TEXT NOT NULL CHECK (origin IN ('gazetteer', 'text')),
                note        TEXT,
                CHECK ((latitude IS NULL) = (longitude IS NULL))
            );
            INSERT INTO place_new(id, name, kind, country_code, admin1, latitude, longitude, population,
                                  geonames_id, name_key, origin)
            SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key,
                   origin
            FROM place WHERE \(keep);
            DROP TABLE place;
            ALTER TABLE place_new RENAME TO place;
            CREATE INDEX place_name_key ON place(name_key);
            CREATE INDEX place_country ON place(country_code);
            CREATE TRIGGER place_rtree_insert AFTER INSERT ON place WHEN new.latitude IS NOT NULL BEGIN
                INSERT INTO place_rtree VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude);
            END;
            CREATE TRIGGER place_rtree_update AFTER UPDATE OF latitude, longitude ON place BEGIN
                DELETE FROM place_rtree WHERE id = old.id;
                INSERT INTO place_rtree SELECT new.id, new.latitude, new.latitude, new.longitude, new.longitude
                WHERE new.latitude IS NOT NULL;
            END;
            CREATE TRIGGER place_rtree_delete AFTER DELETE ON place BEGIN
                DELETE FROM place_rtree WHERE id = old.id;
            END;
            """
        return try #require(Migration(fileName: "0002_rebuild_place.sql", sql: sql))
    }

    /// A database at version 1 holding two places and their other names, and unless `namesOnly`
    /// a mention and an event of one of them.
    static func seededVersionOne(namesOnly: Bool = false) throws -> Connection {
        let db = try Connection(path: ":memory:")
        let initial = try #require(Migration.embedded.first)
        try Migrator(migrations: [initial]).migrate(db)
        try db.execute(
            """
            INSERT INTO article(id, title, body, content_hash, imported_from, imported_at)
            VALUES (1, 'After ISIS loses Mosul', 'Fighting near Mosul.', 'hash-1', 'test', 'now');
            INSERT INTO place(id, name, kind, country_code, latitude, longitude, name_key, origin)
            VALUES (1, 'Mosul', 'city', 'IQ', 36.34, 43.13, 'mosul', 'gazetteer'),
                   (2, 'Qayyara', 'town', 'IQ', 35.79, 43.29, 'qayyara', 'gazetteer');
            INSERT INTO place_name(place_id, name_key, name)
            VALUES (1, 'al mawsil', 'Al Mawsil'), (1, 'mawsil', 'Mawsil'), (2, 'al qayyarah', 'Al Qayyarah');
            """)
        if namesOnly { return db }
        try db.execute(
            """
            INSERT INTO place_mention(article_id, place_id, field, start_offset, end_offset, surface, sentence,
                                      resolved)
            VALUES (1, 1, 'body', 14, 19, 'Mosul', 'Fighting near Mosul.', 1);
            INSERT INTO event(id, article_id, date, date_start, date_end, precision, expression, rule, evidence,
                              field, start_offset)
            VALUES (1, 1, '2016-10-17', '2016-10-17', '2016-10-17', 'day', 'Monday', 'weekday-past', 'On Monday',
                    'body', 0);
            INSERT INTO event_place(event_id, place_id) VALUES (1, 1);
            """)
        return db
    }

    static func counts(_ db: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["place", "place_name", "place_mention", "event_place", "place_rtree"] {
            counts[table] = try db.queryFirst("SELECT count(*) AS n FROM \(table)") { try $0.int("n") }
        }
        return counts
    }

    /// With foreign keys on during the migration, DROP TABLE place deletes every place first:
    /// with only names (ON DELETE CASCADE) that silently empties place_name and the
    /// foreign-key check still passes; with a mention (no cascade) the DROP fails instead.
    @Test(arguments: [true, false])
    func rebuildingPlaceKeepsItsNamesMentionsAndEventsAndLeavesForeignKeysOn(namesOnly: Bool) throws {
        let db = try MigratorTests.seededVersionOne(namesOnly: namesOnly)
        let before = try MigratorTests.counts(db)
        let linked = namesOnly ? 0 : 1
        #expect(
            before == ["place": 2, "place_name": 3, "place_mention": linked, "event_place": linked, "place_rtree": 2])
        let initial = try #require(Migration.embedded.first)

        let applied = try Migrator(migrations: [initial, try MigratorTests.rebuildPlace()]).migrate(db)

        #expect(applied == [2])
        #expect(try MigratorTests.counts(db) == before)
        let names = try db.query("SELECT name FROM place_name WHERE place_id = 1 ORDER BY name") { try $0.text("name") }
        #expect(names == ["Al Mawsil", "Mawsil"])
        #expect(try db.query("PRAGMA table_info(place)") { try $0.text("name") }.contains("note"))
        #expect(try db.configOption(.foreignKeys))
        #expect(try db.queryFirst("PRAGMA foreign_keys") { try $0.int("foreign_keys") } == 1)
        // Enforcement is really back: deleting a mentioned place is refused again.
        if !namesOnly {
            let error = try #require(throws: SQLiteError.self) { try db.run("DELETE FROM place WHERE id = 1") }
            #expect(error.isConstraint)
        }
        // Cascades work again too, on the rebuilt table.
        try db.run("DELETE FROM place WHERE id = 2")
        #expect(try db.queryFirst("SELECT count(*) AS n FROM place_name WHERE place_id = 2") { try $0.int("n") } == 0)
    }

    @Test func rebuildThatLeavesDanglingReferencesIsRefusedAndRolledBack() throws {
        let db = try MigratorTests.seededVersionOne()
        let before = try MigratorTests.counts(db)
        let initial = try #require(Migration.embedded.first)
        // Place 2 is not copied, but its other name still points at it.
        let lossy = try MigratorTests.rebuildPlace(keep: "id <> 2")

        let error = try #require(throws: NewsStoreError.self) {
            try Migrator(migrations: [initial, lossy]).migrate(db)
        }

        guard case .migrationFailed(let version, _, let reason) = error else {
            Issue.record("expected migrationFailed, got \(error)")
            return
        }
        #expect(version == 2)
        #expect(reason.contains("foreign key check failed in table place_name"))
        #expect(reason.contains("of place"))
        #expect(try MigratorTests.counts(db) == before)
        #expect(try !db.query("PRAGMA table_info(place)") { try $0.text("name") }.contains("note"))
        #expect(try db.query("SELECT version FROM newsq_migration") { try $0.int("version") } == [1])
        #expect(try db.configOption(.foreignKeys))
        #expect(db.isAutocommit)
    }

    @Test func foreignKeysAreBackOnAfterAMigrationWhoseSQLFails() throws {
        let db = try Connection(path: ":memory:")
        let bad = try #require(Migration(fileName: "0001_bad.sql", sql: "CREATE TABLE b(x); SELEKT;"))
        #expect(throws: NewsStoreError.self) { try Migrator(migrations: [bad]).migrate(db) }
        #expect(try db.configOption(.foreignKeys))
    }

    @Test func everyFileInMigrationsIsEmbeddedByteForByte() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
            .sorted()
        let embedded = EmbeddedFile.migrations
        #expect(embedded.map(\.name) == files)
        for file in embedded {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent(file.name))
            #expect(Data(file.bytes) == onDisk, "\(file.name) differs from its embedded copy")
        }
    }

    @Test func everyFileInSampleDataIsEmbeddedByteForByte() throws {
        let root = TestSupport.packageRoot.appendingPathComponent("SampleData")
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        var files: [String] = []
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        let embedded = EmbeddedFile.samples
        #expect(embedded.map(\.name).sorted() == files.sorted())
        for file in embedded {
            let onDisk = try Data(contentsOf: root.appendingPathComponent(file.name))
            #expect(Data(file.bytes) == onDisk, "\(file.name) differs from its embedded copy")
        }
    }
}
