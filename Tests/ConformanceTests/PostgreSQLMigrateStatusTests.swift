import Foundation
import NewsStore
import Testing

#if PostgreSQL
    @testable import NewsStorePostgres
#endif

/// `newsq migrate --status` on a PostgreSQL database: read without applying anything, as on
/// an SQLite file.
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLMigrateStatusTests {
    #if PostgreSQL
        /// The state of each migration as `migrate --status --format jsonl` lists it, in order.
        private func states(_ url: String) throws -> [String] {
            let run = try NewsqProcess.run(["migrate", "--status", "--db", url, "--format", "jsonl"])
            #expect(run.status == 0, "\(run.stderr)")
            return try run.stdout.split(separator: "\n").map { line in
                let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return "\(row["name"] ?? "") \(row["state"] ?? "")"
            }
        }

        @Test func migrateStatusListsPendingMigrationsWithoutApplyingThemThenApplied() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let names = PostgresMigrator().migrations.map(\.name)
            #expect(names.count >= 2)
            #expect(try states(scratch.url) == names.map { "\($0) pending" })
            #expect(try states(scratch.url) == names.map { "\($0) pending" })
            let migrate = try NewsqProcess.run(["migrate", "--db", scratch.url])
            #expect(migrate.status == 0, "\(migrate.stderr)")
            #expect(try states(scratch.url) == names.map { "\($0) applied" })
        }
    #endif
}
