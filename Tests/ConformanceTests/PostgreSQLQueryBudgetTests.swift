import Foundation
import NewsStore
import Testing

#if PostgreSQL
    import NewsStorePostgres
#endif

/// A saved query on PostgreSQL is read row by row as the server sends it and stopped at the
/// byte budget: the rows past `--max-mb` never reach newsq's memory.
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLQueryBudgetTests {
    #if PostgreSQL
        /// The largest resident size any child of this process reached so far, in megabytes.
        private func largestChildMegabytes() -> Int {
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            return usage.ru_maxrss / 1_024
        }

        @Test func aQueryReturningMoreThanTheBudgetStopsThereWithoutHoldingTheRest() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let store = NewsStore(storage: try PostgresStorage(url: scratch.url))
            // 1,500 rows of a million bytes each: 1.5 GB if every row were kept.
            _ = try store.saveQuery(
                try SavedQuery(
                    name: "big", kind: .sql,
                    body:
                        "-- dialect: postgresql\nSELECT g, repeat('x', 1000000) AS filler FROM generate_series(1, 1500) AS g"
                ))
            let run = try NewsqProcess.run(
                ["run", "big", "--db", scratch.url, "--max-mb", "5", "--timeout", "120", "--format", "csv"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("the values passed 5 MB"), "\(run.stderr)")
            let rows = run.stdout.split(whereSeparator: \.isNewline).count - 1
            #expect(rows >= 4 && rows <= 5, "\(rows) rows; \(run.stderr)")
            #expect(largestChildMegabytes() < 700, "a child held \(largestChildMegabytes()) MB")
        }
    #endif
}
