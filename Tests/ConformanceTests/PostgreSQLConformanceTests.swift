import Foundation
import NewsStore
import Testing

#if PostgreSQL
    import NewsStorePostgres
#endif

/// The conformance cases on PostgreSQL: every answer equal, as a set, to SQLite's on the same
/// articles, and to the written-down answer where there is one. Skipped, saying why, without
/// the PostgreSQL trait or NEWSQ_TEST_POSTGRES_URL.
@Suite(
    .serialized,
    .enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLConformanceTests {
    @Test(arguments: ConformanceCases.all)
    func postgreSQLAnswersAsSQLiteDoes(_ check: ConformanceCase) throws {
        let sqlite = try SharedConformanceStores.shared.answer(check, on: .sqlite)
        let postgreSQL = try SharedConformanceStores.shared.answer(check, on: .postgresql)
        #expect(postgreSQL == sqlite)
        if let expected = check.expected { #expect(postgreSQL == expected) }
    }

    @Test func aTitleHitRanksAboveABodyOnlyHit() throws {
        let fixture = try ConformanceStore(.postgresql)
        let store = fixture.news
        for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
        // "Floods reach Mosul" has Mosul in its title; "Rebels take Dabiq" only in its body.
        let hits = try store.search("mosul").hits.map(\.article.title)
        #expect(hits == [ConformanceCases.floods, ConformanceCases.rebels])
        let excluded = try store.search("mosul -rain").hits
        #expect(excluded.map(\.article.title) == [ConformanceCases.rebels])
        #expect(excluded.allSatisfy { $0.score > 0 }, "ranked with the kept part only, not near 0")
    }

    @Test func aSecondOpenAppliesNoMigrationAndReadsTheSameStore() throws {
        #if PostgreSQL
            guard let server = ConformanceEngine.serverURL else { return }
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let first = NewsStore(storage: try PostgresStorage(url: scratch.url))
            _ = try first.importArticle(Data(ConformanceArticles.floods.utf8), origin: "floods.txt")
            let second = NewsStore(storage: try PostgresStorage(url: scratch.url, readOnly: true))
            #expect(try second.migrationStatus().allSatisfy { $0.appliedAt != nil })
            #expect(try second.statistics().articles == 1)
            #expect(throws: (any Error).self) {
                try second.saveQuery(try SavedQuery(name: "nope", kind: .search, body: "mosul"))
            }
        #endif
    }

    @Test func whatIsNotOnPostgreSQLYetSaysSo() throws {
        let fixture = try ConformanceStore(.postgresql)
        let error = #expect(throws: NewsStoreError.self) { try fixture.news.checkHealth() }
        #expect(error?.description.hasPrefix("not yet on PostgreSQL: ") == true)
    }

    @Test func aRawTsqueryRunsAndABrokenOneIsRefused() throws {
        let fixture = try ConformanceStore(.postgresql)
        let store = fixture.news
        for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
        var raw = SearchOptions()
        raw.raw = true
        #expect(try store.search("mosul & !dabiq", raw).hits.map(\.article.title) == [ConformanceCases.floods])
        #expect(throws: NewsStoreError.self) { try store.search("mosul & & (", raw) }
    }
}
