import Foundation
import Testing

@testable import NewsStore

/// Migration 3 moves saved queries from one JSON object of strings to typed search options and
/// a parameters column, without losing what an older newsq stored.
@Suite struct SavedQueryMigrationTests {
    @Test func queriesSavedByTheFirstSchemaKeepTheirFiltersAndParameterDescriptions() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("old.sqlite").path
        do {
            let db = try Connection(path: path)
            try Migrator(migrations: Array(Migration.embedded.prefix(2))).migrate(db)
            try db.run(
                """
                INSERT INTO saved_query(name, kind, body, options, created_at, updated_at) VALUES
                ('weekly', 'search', 'mosul', '{"since":"2016-10","until":"2016","limit":"5","sort":"newest","place":"Mosul"}',
                 '2016-10-17T00:00:00Z', '2016-10-17T00:00:00Z'),
                ('by-place', 'sql', 'SELECT id FROM article WHERE title LIKE :pattern AND id > :after',
                 '{"param.pattern":"A LIKE pattern"}', '2016-10-17T00:00:00Z', '2016-10-17T00:00:00Z')
                """)
        }
        let store = try NewsStore(path: path, access: .existing)
        let weekly = try store.savedQuery(named: "weekly")
        #expect(
            weekly.searchOptions
                == SearchOptions(
                    sort: .newest, since: CalendarDay(iso: "2016-10-01"), until: CalendarDay(iso: "2016-12-31"),
                    place: "Mosul", limit: 5))
        let byPlace = try store.savedQuery(named: "by-place")
        #expect(byPlace.parameters == ["pattern", "after"])
        #expect(byPlace.parameterDescription("pattern") == "A LIKE pattern")
        #expect(byPlace.parameterDescription("after") == nil)
        #expect(byPlace.searchOptions == SearchOptions())
    }

    @Test func aSavedQueryStoresItsOptionsAndParametersAsJSONOtherToolsCanRead() throws {
        let store = try NewsStore(path: ":memory:", access: .create)
        try store.saveQuery(
            SavedQuery(
                name: "s", kind: .search, body: "mosul", searchOptions: SearchOptions(sort: .oldest, author: "Bergen")))
        try store.saveQuery(
            SavedQuery(
                name: "q", kind: .sql, body: "SELECT :a AS a, :b AS b", parameterDescriptions: ["a": "First"]))
        let rows = try store.sqliteStorage.db.query("SELECT options, parameters FROM saved_query ORDER BY name") {
            [$0.string(0), $0.string(1)]
        }
        #expect(rows[0] == ["{}", #"[{"description":"First","name":"a"},{"description":"","name":"b"}]"#])
        #expect(rows[1] == [#"{"author":"Bergen","sort":"oldest"}"#, "[]"])
    }

    @Test func aDamagedOptionsColumnIsAnErrorNamingIt() throws {
        let store = try NewsStore(path: ":memory:", access: .create)
        try store.saveQuery(SavedQuery(name: "s", kind: .search, body: "mosul"))
        try store.sqliteStorage.db.run(#"UPDATE saved_query SET options = '{"since":"soon"}'"#)
        let error = #expect(throws: StoredValueError.self) { try store.savedQuery(named: "s") }
        #expect(error?.description.contains("saved_query.options") == true)
    }
}
