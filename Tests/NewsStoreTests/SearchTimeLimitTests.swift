import Foundation
import Testing

@testable import NewsStore

/// Searches stop at their time limit with a clear error, also where FTS5 spends its time inside
/// one step (expanding a prefix in xFilter), where only `sqlite3_interrupt` reaches.
@Suite struct SearchTimeLimitTests {
    /// A store of 400 generated articles of 600 words drawn from 2,000 'x…' words, so that `x*`
    /// expands to every one of them: each repeated `x*` costs FTS5 a full merge.
    static func generatedStore() throws -> NewsStore {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("generated.sqlite").path
        let store = try NewsStore(path: path, access: .create)
        try store.sqliteStorage.db.execute(
            """
            WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM a WHERE n < 400),
                 w(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM w WHERE n < 600)
            INSERT INTO article(title, body, content_hash, imported_from, imported_at)
            SELECT 'Article ' || a.n,
                   (SELECT group_concat('x' || ((a.n * 7919 + w.n * 104729) % 2000), ' ') FROM w),
                   'hash-' || a.n, 'generated', 'now'
            FROM a
            """)
        return store
    }

    static let slowQueries = [
        Array(repeating: "x*", count: 200).joined(separator: " "),
        Array(repeating: "x*", count: 200).joined(separator: " OR "),
        "(" + Array(repeating: "x* OR x1*", count: 100).joined(separator: ") AND (") + ")",
    ]

    @Test func rawQueriesOfRepeatedPrefixesStopAtTheTimeLimitWithTheQueryInTheError() throws {
        let store = try Self.generatedStore()
        for query in Self.slowQueries {
            let error = #expect(throws: NewsStoreError.searchTimedOut(query: query, seconds: 0.3)) {
                try store.search(query, SearchOptions(raw: true, timeout: 0.3))
            }
            #expect(error?.description.contains("was stopped after 0.3 s; narrow the query") == true)
        }
        // The limit is gone with the search: the next one runs as usual on the same connection.
        #expect(try store.search("x1", SearchOptions(limit: 1)).total > 0)
    }

    @Test func plainLanguageSearchesHaveTheSameLimit() throws {
        let store = try Self.generatedStore()
        // The language allows 64 words; 60 prefixes take FTS5 seconds here.
        let query = Array(repeating: "x*", count: 60).joined(separator: " ")
        #expect(throws: NewsStoreError.searchTimedOut(query: query, seconds: 0.3)) {
            try store.search(query, SearchOptions(timeout: 0.3))
        }
    }

    @Test func aSearchWithinItsTimeLimitIsUntouched() throws {
        let store = try Self.generatedStore()
        let result = try store.search("x1 OR x2", SearchOptions(limit: 5, timeout: 60))
        #expect(result.hits.count == 5)
        #expect(result.total > 5)
    }

    @Test func aTimeLimitThatIsNotPositiveIsRefused() throws {
        let store = try StoreFixtures.small()
        for timeout in [0, -1, Double.infinity] {
            #expect(throws: NewsStoreError.self) { try store.search("mosul", SearchOptions(timeout: timeout)) }
        }
    }

    @Test func theInterruptTimerNeverReachesAStatementAfterTheDeadlineScope() throws {
        let db = try Connection(path: ":memory:")
        let deadline = Deadline(secondsFromNow: 0.1)
        #expect(try db.withDeadline(deadline) { try db.queryFirst("SELECT 1") { $0.int(0) } } == 1)
        // Runs across the moment the timer was set for: had it not been disarmed, it would stop this.
        let sum = try db.queryFirst(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT sum(x) FROM c"
        ) { $0.int(0) }
        #expect(sum == 4_500_001_500_000)
    }
}
