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

    /// `articles-mentioning` as newsq 0.1 shipped it (compares lower() of every name).
    static let firstArticlesMentioning = """
        -- The folded place.name_key is computed in Swift, so plain SQL compares lower() of the names
        -- as written in place and place_name instead; that is exact for ASCII names.
        SELECT a.id,
               a.title,
               a.published_at,
               a.source,
               count(m.id) AS mentions
        FROM article AS a
        JOIN place_mention AS m ON m.article_id = a.id
        WHERE m.place_id IN (
            SELECT p.id FROM place AS p WHERE lower(p.name) = lower(:place)
            UNION
            SELECT n.place_id FROM place_name AS n WHERE lower(n.name) = lower(:place)
        )
        GROUP BY a.id
        ORDER BY a.published_at DESC, a.id DESC
        """

    @Test func theShippedArticlesMentioningIsUpgradedOnlyWhereTheUserLeftItAsShipped() throws {
        let folder = try TestSupport.temporaryFolder()
        func database(_ name: String, body: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            let db = try Connection(path: path)
            try Migrator(migrations: Array(Migration.embedded.prefix(3))).migrate(db)
            try db.run(
                """
                INSERT INTO saved_query(name, kind, body, parameters, created_at, updated_at)
                VALUES ('articles-mentioning', 'sql', ?, '[{"description":"","name":"place"}]', 'x', 'x')
                """, [body])
            return path
        }
        let shipped = try database("shipped.sqlite", body: Self.firstArticlesMentioning)
        let edited = try database("edited.sqlite", body: Self.firstArticlesMentioning + "\nLIMIT 5")
        let current = try #require(EmbeddedFile.samples.first { $0.name == "queries/articles-mentioning.sql" })
        let expected = try SavedQueryFile.parse(current.text, fileName: current.name).body
        #expect(
            try NewsStore(path: shipped, access: .existing).savedQuery(named: "articles-mentioning").body == expected)
        #expect(
            try NewsStore(path: edited, access: .existing).savedQuery(named: "articles-mentioning").body
                == Self.firstArticlesMentioning + "\nLIMIT 5")
    }
}
