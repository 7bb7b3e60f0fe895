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
        #expect(try store.savedQueries().isEmpty)
    }
}
