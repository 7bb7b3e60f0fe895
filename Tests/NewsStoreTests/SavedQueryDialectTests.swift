import Testing

@testable import NewsStore

/// The `-- dialect:` line of a saved SQL query, and the refusal to run one on the other engine.
@Suite struct SavedQueryDialectTests {
    @Test func aQueryWithoutADialectLineIsSQLite() {
        #expect(SavedQueryDialect.of("SELECT 1") == .sqlite)
        #expect(SavedQueryDialect.of("-- Counts articles.\nSELECT count(*) FROM article") == .sqlite)
    }

    @Test func theDialectLineAmongTheOpeningCommentsDecides() {
        #expect(SavedQueryDialect.of("-- dialect: postgresql\nSELECT 1") == .postgresql)
        #expect(SavedQueryDialect.of("\n-- Top places.\n--   Dialect:  PostgreSQL  \nSELECT 1") == .postgresql)
        #expect(SavedQueryDialect.of("-- dialect: sqlite\nSELECT 1") == .sqlite)
    }

    @Test func aDialectLineAfterTheSQLStartsDoesNotCount() {
        #expect(SavedQueryDialect.of("SELECT 1\n-- dialect: postgresql") == .sqlite)
    }

    @Test func theSQLiteEngineRefusesAPostgreSQLQueryNamingBoth() throws {
        let store = try NewsStore(path: ":memory:", access: .create)
        _ = try store.saveQuery(
            try SavedQuery(
                name: "pg-only", kind: .sql, body: "-- dialect: postgresql\nSELECT count(*) AS n FROM article"))
        let error = #expect(throws: NewsStoreError.self) { try store.runSavedQuery("pg-only") }
        let words = error?.description ?? ""
        #expect(words.contains("written for PostgreSQL"))
        #expect(words.contains("this database is SQLite"))
    }
}
