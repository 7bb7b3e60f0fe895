import Foundation
import NewsStore
import Testing

#if PostgreSQL
    import NewsStorePostgres
#endif

/// A primary and a streaming standby: what is imported on the primary is found on the standby
/// once it has caught up, and a write sent to the standby is refused in newsq's words. Runs when
/// NEWSQ_TEST_POSTGRES_URL names the primary and NEWSQ_TEST_POSTGRES_STANDBY_URL a standby of it.
@Suite(
    .serialized,
    .enabled(
        if: ConformanceEngine.postgreSQLAvailable
            && ProcessInfo.processInfo.environment["NEWSQ_TEST_POSTGRES_STANDBY_URL"] != nil,
        "needs NEWSQ_TEST_POSTGRES_URL and NEWSQ_TEST_POSTGRES_STANDBY_URL"))
struct PostgreSQLReplicationTests {
    #if PostgreSQL
        /// The same database on the standby's server.
        private func standbyURL(of scratch: PostgresScratchDatabase) throws -> String {
            let standby = try #require(
                ProcessInfo.processInfo.environment["NEWSQ_TEST_POSTGRES_STANDBY_URL"].flatMap(URLComponents.init))
            var components = try #require(URLComponents(string: scratch.url))
            components.host = standby.host
            components.port = standby.port
            return try #require(components.string)
        }

        /// Opens the database on the standby once it exists there (creation replicates too).
        private func openStandby(_ url: String) throws -> NewsStore {
            for _ in 0..<200 {
                if let storage = try? PostgresStorage(url: url, readOnly: true) { return NewsStore(storage: storage) }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return NewsStore(storage: try PostgresStorage(url: url, readOnly: true))
        }

        @Test func anImportOnThePrimaryIsFoundOnTheStandbyOnceItCaughtUp() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let primary = NewsStore(storage: try PostgresStorage(url: scratch.url))
            for (name, text) in ConformanceArticles.all { _ = try primary.importArticle(Data(text.utf8), origin: name) }
            let standby = try openStandby(try standbyURL(of: scratch))
            var found: [String] = []
            for _ in 0..<200 {
                found = (try? standby.search("mosul").hits.map(\.article.title)) ?? []
                if found.count == 2 { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
            #expect(Set(found) == [ConformanceCases.floods, ConformanceCases.rebels])
            #expect(try standby.statistics() == primary.statistics())
        }

        @Test func aWriteSentToTheStandbyIsRefusedInNewsqsWords() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            _ = NewsStore(storage: try PostgresStorage(url: scratch.url))
            let url = try standbyURL(of: scratch)
            _ = try openStandby(url)
            let error = #expect(throws: NewsStoreError.self) { try PostgresStorage(url: url) }
            #expect(error?.description.contains("standby") == true)
        }
    #endif
}
