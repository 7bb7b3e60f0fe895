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
        let tables = try db.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0.text(0) }
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
