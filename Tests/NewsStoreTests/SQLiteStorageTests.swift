import Foundation
import Testing

@testable import NewsStore

/// The SQLite engine behind the storage boundary reads every row by column name and refuses
/// values newsq would not have written, instead of turning them into zeros or empty text.
@Suite(.serialized) struct SQLiteStorageTests {
    @Test func aStoreRunsOnAnyStorageHandedToIt() throws {
        let storage = try SQLiteStorage(path: ":memory:", access: .create)
        let store = NewsStore(storage: storage)
        #expect(store.path == ":memory:")
        try store.saveQuery(SavedQuery(name: "one", kind: .sql, body: "SELECT 1 AS one"))
        #expect(try storage.savedQueries().map(\.name) == ["one"])
        #expect(try store.statistics().savedQueries == 1)
    }

    @Test func aDamagedEventDateIsAnErrorNamingTheColumn() throws {
        let store = try StoreFixtures.seeded()
        try store.sqliteStorage.db.run("UPDATE event SET date_start = '2016-13-01' WHERE id = 1")
        let error = #expect(throws: StoredValueError.self) { try store.events(EventFilter()) }
        #expect(error?.description.contains("event.date_start") == true)
    }

    @Test func nestedTransactionsThroughTheBoundaryKeepOrUndoTogether() throws {
        let store = try NewsStore(path: ":memory:", access: .create)
        #expect(throws: NewsStoreError.self) {
            try store.storage.inTransaction {
                try store.saveQuery(SavedQuery(name: "kept-only-if-all", kind: .sql, body: "SELECT 1 AS x"))
                try store.storage.inTransaction {
                    _ = try store.saveQuery(SavedQuery(name: "kept-only-if-all", kind: .sql, body: "SELECT 2 AS x"))
                }
            }
        }
        #expect(try store.statistics().savedQueries == 0)
    }

    @Test(arguments: [NewsStore.Access.existing, .create])
    func anotherProgramsDatabaseIsRefusedAndLeftAsItWas(access: NewsStore.Access) throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("contacts.db").path
        do {
            let db = try Connection(path: path)
            try db.execute(
                "PRAGMA journal_mode = DELETE; CREATE TABLE person(name TEXT); INSERT INTO person VALUES ('x')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: NewsStoreError.self) { try NewsStore(path: path, access: access) }
        #expect(error?.description.contains("another program") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aNewDatabaseAndItsFolderAreReadableByTheOwnerOnly() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("private")
        let path = folder.appendingPathComponent("news.sqlite").path
        let store = try NewsStore(path: path, access: .create)
        try store.saveQuery(SavedQuery(name: "one", kind: .sql, body: "SELECT 1 AS one"))
        func permissions(_ path: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        }
        #expect(try permissions(path) == 0o600)
        #expect(try permissions(folder.path) == 0o700)
        #expect(try permissions(path + "-wal") == 0o600)
    }
}
