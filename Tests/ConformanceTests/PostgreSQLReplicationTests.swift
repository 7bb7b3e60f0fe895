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

        @Test func readCommandsGoToNEWSQ_DB_READAndWritesToTheStandbyAreRefused() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "newsq-read-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("floods.txt")
            try Data(ConformanceArticles.floods.utf8).write(to: file)
            let standby = try standbyURL(of: scratch)
            let both = ["NEWSQ_DB": scratch.url, "NEWSQ_DB_READ": standby]
            let imported = try NewsqProcess.run(["import", file.path], environment: both)
            #expect(imported.status == 0, "\(imported.stderr)")
            _ = try openStandby(standby)
            // The primary named by NEWSQ_DB is unreachable: a search answered came from the standby.
            let readOnly = ["NEWSQ_DB": "postgresql://postgres@127.0.0.1:1/none", "NEWSQ_DB_READ": standby]
            var found = NewsqProcess(status: -1, stdout: "", stderr: "")
            for _ in 0..<100 {
                found = try NewsqProcess.run(["search", "mosul", "--format", "jsonl"], environment: readOnly)
                if found.stdout.contains(ConformanceCases.floods) { break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout.contains(ConformanceCases.floods))
            let write = try NewsqProcess.run(["import", file.path, "--db", standby], environment: both)
            #expect(write.status == 1)
            #expect(write.stderr.contains("read-only standby") && write.stderr.split(separator: "\n").count == 1)
        }
    #endif
}
