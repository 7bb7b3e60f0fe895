import Foundation
import Testing

@testable import NewsStore

@Suite struct NewsStoreSavedQueryTests {
    let store: NewsStore

    init() throws { store = try StoreFixtures.seeded() }

    @Test func theSampleDataShipsSavedQueriesThatRun() throws {
        let names = try store.savedQueries().map(\.name)
        #expect(names.contains("articles-mentioning"))
        guard case .rows(let result) = try store.runSavedQuery("articles-mentioning", parameters: ["place": "Mosul"])
        else {
            Issue.record("expected rows")
            return
        }
        #expect(!result.rows.isEmpty)
    }

    @Test func everyDatabaseHasTheShippedQueriesNotOnlyTheDefaultOne() throws {
        let other = try StoreFixtures.small()
        _ = other.importFiles([try StoreFixtures.file("floods.txt", StoreFixtures.floods)])
        #expect(try other.statistics().savedQueries == 0)
        let names = try other.savedQueries().map(\.name)
        #expect(names.contains("articles-mentioning") && names == names.sorted())
        guard
            case .rows(let result) = try other.runSavedQuery(
                "top-places", parameters: ["from": "1900-01-01", "to": "2100-01-01"])
        else {
            Issue.record("expected rows")
            return
        }
        #expect(result.columns.contains("articles"))
        // A query of the store's own with a shipped name wins over the shipped one.
        try other.saveQuery(SavedQuery(name: "top-places", kind: .sql, body: "SELECT 7 AS seven"))
        #expect(try other.savedQuery(named: "top-places").body == "SELECT 7 AS seven")
        #expect(throws: NewsStoreError.savedQueryNotFound(name: "nope")) { try other.savedQuery(named: "nope") }
    }

    @Test func aMissingParameterIsAnErrorListingTheExpectedOnes() throws {
        let error = try #require(throws: NewsStoreError.self) { try store.runSavedQuery("articles-mentioning") }
        #expect(error.description.contains("it expects :place"))
    }

    @Test func savedSearchesRunWithTheirFilters() throws {
        try store.saveQuery(
            SavedQuery(
                name: "sunday", kind: .search, body: "qayy*",
                searchOptions: SearchOptions(until: CalendarDay(iso: "2016-10-17"))))
        guard case .hits(let result) = try store.runSavedQuery("sunday") else {
            Issue.record("expected hits")
            return
        }
        #expect(result.hits.map(\.article.id) == [1])
    }

    @Test func aQueryThatWritesIsRefusedAtSaveAndTheDatabaseIsUnchanged() throws {
        let before = try store.statistics()
        #expect(throws: NewsStoreError.self) {
            try store.saveQuery(SavedQuery(name: "evil", kind: .sql, body: "DELETE FROM article"))
        }
        #expect(try store.statistics() == before)
    }

    @Test func savingTwiceNeedsReplace() throws {
        let query = try SavedQuery(name: "q", kind: .search, body: "mosul")
        try store.saveQuery(query)
        #expect(throws: NewsStoreError.savedQueryExists(name: "q")) { try store.saveQuery(query) }
        try store.saveQuery(query, replace: true)
    }

    @Test func exportAndImportRoundTripThroughAFolder() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("queries")
        let files = try store.exportSavedQueries(to: folder.path)
        #expect(files.count == (try store.savedQueries().count))
        let other = try StoreFixtures.small()
        let imported = try other.importSavedQueries(from: folder.path)
        #expect(imported.map(\.name).sorted() == (try store.savedQueries().map(\.name)))
        #expect(
            try other.savedQuery(named: "articles-mentioning").body
                == (try store.savedQuery(named: "articles-mentioning").body))
    }

    @Test func aBadFileStopsTheImportAndSavesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        _ = try StoreFixtures.file("a.sql", "-- name: fine\nSELECT 1", in: folder)
        _ = try StoreFixtures.file("b.sql", "-- name: bad\nDROP TABLE article", in: folder)
        let other = try StoreFixtures.small()
        #expect(throws: NewsStoreError.self) { try other.importSavedQueries(from: folder.path) }
        #expect(try other.statistics().savedQueries == 0)
    }
}
