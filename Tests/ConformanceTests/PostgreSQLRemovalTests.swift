import Foundation
import NewsStore
import Testing

/// Removal mutates the store, so it runs on fresh stores of both engines, not the shared ones.
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLRemovalTests {
    private func removal(on engine: ConformanceEngine) throws -> [String] {
        let fixture = try ConformanceStore(engine)
        let store = fixture.news
        for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
        let id = try #require(try store.search("\"victory parade\"").hits.first?.article.id)
        let summary = try store.removeArticles(ids: [id])
        let missing = #expect(throws: NewsStoreError.self) { try store.removeArticles(ids: [id]) }
        let counts = try store.statistics()
        return [
            "mentions \(summary.mentions)", "events \(summary.events)", "authors \(summary.authors)",
            "places \(summary.places)", "left \(counts.articles) \(counts.authors) \(counts.places) \(counts.events)",
            "again \(missing?.description ?? "")",
            "search \(try store.search("mosul").hits.map(\.article.title))",
        ]
    }

    @Test func removingAnArticleTakesWhatOnlyItHeldAsOnSQLite() throws {
        let sqlite = try removal(on: .sqlite)
        #expect(try removal(on: .postgresql) == sqlite)
        #expect(sqlite.contains("search [\"\(ConformanceCases.floods)\"]"))
    }
}
