import Foundation
import NewsStore
import Testing

#if PostgreSQL
    import NewsStorePostgres
#endif

/// Saved SQL queries written to harm the store, each run the way `newsq run` runs them (a
/// read-only open, the `newsq_reader` role, `BEGIN READ ONLY`, a time limit and a row cap):
/// every one is refused in newsq's words or does no harm, and a `pg_dump` of the database is the
/// same before and after all of them.
@Suite(
    .serialized,
    .enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLHostileQueryTests {
    /// What a hostile query must come to.
    enum Outcome: Sendable {
        /// Refused: a `NewsStoreError` naming the query, whose words contain this.
        case refused(String)
        /// Ran and gave this many rows (harmless).
        case rows(Int)
    }

    /// A file no query may create.
    static let trap = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-hostile-\(getpid())").path

    static let queries: [(sql: String, outcome: Outcome)] = [
        ("DELETE FROM article", .refused("one SELECT statement")),
        ("DELETE FROM article RETURNING id", .refused("one SELECT statement")),
        ("UPDATE article SET title = 'gone' RETURNING id", .refused("one SELECT statement")),
        ("INSERT INTO saved_query(name, kind, body) VALUES ('x', 'sql', 'x') RETURNING id", .refused("one SELECT")),
        ("DROP TABLE article", .refused("one SELECT statement")),
        ("CREATE TABLE evil(x int)", .refused("one SELECT statement")),
        ("TRUNCATE article", .refused("one SELECT statement")),
        ("ALTER TABLE article ADD COLUMN evil int", .refused("one SELECT statement")),
        ("COPY article TO PROGRAM 'touch \(trap)'", .refused("one SELECT statement")),
        ("COPY (SELECT 1) TO '\(trap)'", .refused("one SELECT statement")),
        ("SELECT pg_read_file('/etc/passwd')", .refused("may only read newsq's tables")),
        ("SELECT * FROM pg_ls_dir('.')", .refused("may only read newsq's tables")),
        ("SELECT lo_import('/etc/passwd')", .refused("may only read newsq's tables")),
        ("SELECT lo_export(1, '\(trap)')", .refused("may only read newsq's tables")),
        ("SELECT dblink_exec('dbname=postgres', 'DROP TABLE article')", .refused("does not exist")),
        ("CREATE EXTENSION dblink", .refused("one SELECT statement")),
        ("SET ROLE postgres", .refused("one SELECT statement")),
        ("SET SESSION AUTHORIZATION postgres", .refused("one SELECT statement")),
        ("RESET ROLE", .refused("one SELECT statement")),
        ("RESET ALL", .refused("one SELECT statement")),
        ("SELECT 1; DELETE FROM article", .refused("one SELECT statement")),
        ("SELECT 1; COMMIT; DELETE FROM article", .refused("one SELECT statement")),
        ("SELECT 1) AS x; DELETE FROM article; SELECT * FROM (SELECT 1", .refused("one SELECT statement")),
        ("SELECT nextval(pg_get_serial_sequence('article', 'id'))", .refused("saved queries")),
        ("SELECT setval(pg_get_serial_sequence('article', 'id'), 1000)", .refused("saved queries")),
        ("SELECT set_config('role', 'postgres', true)", .refused("may only read newsq's tables")),
        ("SELECT set_config('session_authorization', 'postgres', true)", .refused("may only read newsq's tables")),
        ("SELECT set_config('default_transaction_read_only', 'off', false)", .refused("may only read newsq's tables")),
        ("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()", .refused("may only")),
        ("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()", .refused("may only")),
        ("SELECT pg_reload_conf()", .refused("may only read newsq's tables")),
        ("SELECT * FROM pg_authid", .refused("may only read newsq's tables")),
        ("WITH gone AS (DELETE FROM article RETURNING id) SELECT * FROM gone", .refused("read-only")),
        ("SELECT id FROM article FOR UPDATE", .refused("read-only")),
        ("SELECT query_to_xml('DELETE FROM article RETURNING id', true, false, '')", .refused("read-only")),
        // A notification changes no data; the server allows it in a read-only transaction.
        ("SELECT pg_notify('newsq', 'hello')", .rows(1)),
        ("DO $$ BEGIN DELETE FROM article; END $$", .refused("one SELECT statement")),
        ("SELECT 1 AS x INTO evil", .refused("one SELECT statement")),
        ("SELECT pg_sleep(30)", .refused("was stopped after")),
        ("SELECT count(*) FROM generate_series(1, 10000000000)", .refused("was stopped after")),
        // In FROM the server makes the whole series before the first row: stopped by the time limit.
        ("SELECT g FROM generate_series(1, 1000000000) AS g", .refused("was stopped after")),
        // In the select list it streams: the cap stops it.
        ("SELECT generate_series(1, 1000000000) AS g", .rows(5)),
        ("SELECT a.id FROM article a, article b, article c, generate_series(1, 100000) g", .rows(5)),
        ("SELECT pg_advisory_lock(42)", .rows(1)),
        ("SELECT txid_current() > 0 AS harmless", .rows(1)),
    ]

    #if PostgreSQL
        /// The database as `pg_dump` writes it: schema, rights and every row.
        private func dump(_ url: String) throws -> String {
            let candidates = [
                ProcessInfo.processInfo.environment["NEWSQ_TEST_PG_DUMP"], "/usr/lib/postgresql/15/bin/pg_dump",
            ].compactMap { $0 }
            let executable = try #require(
                candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "pg_dump not found")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--dbname=\(url)", "--no-sync"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            // Newer pg_dump brackets its output with \restrict and \unrestrict and a random key.
            return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("\\restrict ") && !$0.hasPrefix("\\unrestrict ") }.joined(separator: "\n")
        }

        /// Runs a saved query as `newsq run` does: a new read-only open of the database.
        private func run(_ name: String, url: String) throws -> QueryResult? {
            let store = NewsStore(storage: try PostgresStorage(url: url, readOnly: true))
            guard case .rows(let result) = try store.runSavedQuery(name, timeout: 0.5, rowLimit: 5) else {
                return nil
            }
            return result
        }

        @Test func hostileSavedQueriesAreRefusedOrHarmlessAndLeaveTheDataAsItWas() throws {
            #expect(Self.queries.count >= 30)
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let store = NewsStore(storage: try PostgresStorage(url: scratch.url))
            for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
            for (index, query) in Self.queries.enumerated() {
                let body = "-- dialect: postgresql\n\(query.sql)"
                _ = try store.saveQuery(try SavedQuery(name: "hostile-\(index)", kind: .sql, body: body))
            }
            let before = try dump(scratch.url)
            #expect(before.contains("Floods reach Mosul"))
            for (index, query) in Self.queries.enumerated() {
                let name = "hostile-\(index)"
                switch query.outcome {
                case .refused(let words):
                    let error = #expect(throws: NewsStoreError.self, "\(query.sql)") { try run(name, url: scratch.url) }
                    let text = error?.description ?? ""
                    #expect(text.hasPrefix("saved query \"\(name)\""), "\(query.sql): \(text)")
                    #expect(text.contains(words), "\(query.sql): \(text)")
                case .rows(let count):
                    let result = try run(name, url: scratch.url)
                    #expect(result?.rows.count == count, "\(query.sql)")
                }
            }
            #expect(!FileManager.default.fileExists(atPath: Self.trap))
            let after = try dump(scratch.url)
            let changed = Set(after.split(separator: "\n")).symmetricDifference(before.split(separator: "\n"))
            #expect(after == before, "lines that differ: \(changed.sorted().prefix(10))")
            #expect(try store.statistics().articles == 3)
        }

        @Test func anAdvisoryLockTakenByASavedQueryEndsWithIt() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let store = NewsStore(storage: try PostgresStorage(url: scratch.url))
            let lock = "-- dialect: postgresql\nSELECT pg_advisory_lock(42)"
            let probe = "-- dialect: postgresql\nSELECT pg_try_advisory_lock(43) AND pg_try_advisory_lock(42) AS free"
            _ = try store.saveQuery(try SavedQuery(name: "lock", kind: .sql, body: lock))
            _ = try store.saveQuery(try SavedQuery(name: "probe", kind: .sql, body: probe))
            // The first store stays open (its connection too) while the second asks for the lock.
            let holder = NewsStore(storage: try PostgresStorage(url: scratch.url, readOnly: true))
            _ = try holder.runSavedQuery("lock")
            let prober = NewsStore(storage: try PostgresStorage(url: scratch.url, readOnly: true))
            guard case .rows(let result) = try prober.runSavedQuery("probe") else {
                Issue.record("not rows")
                return
            }
            #expect(result.rows.map { $0.map(ConformanceCase.text) } == [["1"]])
        }

        @Test func aSavedQueryRunsAsTheReaderRoleInAReadOnlyTransaction() throws {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            defer { try? scratch.drop() }
            let store = NewsStore(storage: try PostgresStorage(url: scratch.url))
            let body = """
                -- dialect: postgresql
                SELECT current_user AS who, current_setting('transaction_read_only') AS read_only,
                       current_setting('statement_timeout') AS timeout
                """
            _ = try store.saveQuery(try SavedQuery(name: "who", kind: .sql, body: body))
            guard case .rows(let result) = try store.runSavedQuery("who", timeout: 2) else {
                Issue.record("not rows")
                return
            }
            #expect(result.rows.map { $0.map(ConformanceCase.text) } == [["newsq_reader", "on", "2s"]])
        }
    #endif
}
