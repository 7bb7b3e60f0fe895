import Foundation
import Testing

@testable import NewsStore

/// Saved SQL written to do harm, run as `newsq run` runs it (`runSQL` on a store opened on a
/// file): each is refused or stopped with a one-line message naming the query, within its time
/// limit and byte budget; afterwards the database file is byte for byte what it was and no file
/// has appeared. ReadOnlyQueryTests covers each refusal on its own; this proves the whole set
/// leaves the file alone.
@Suite struct HostileSavedQueryTests {
    /// What happened to one hostile query.
    enum Outcome: Equatable {
        case refused
        case timedOut
        case stoppedAtByteBudget
        /// SQLite 3.40's printf gives NULL once its string passes the length limit (later
        /// versions fail with SQLITE_TOOBIG, a refusal).
        case stoppedAtLengthLimit
        case harmlessValue
    }

    static func hostile(in folder: String) -> [(sql: String, parameters: [String: String])] {
        let plain: [String] = [
            "INSERT INTO author(name, name_key) VALUES ('x', 'x')",
            "UPDATE place SET name = 'X'",
            "DELETE FROM saved_query",
            "REPLACE INTO author(id, name, name_key) VALUES (1, 'a', 'a')",
            "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
            "DELETE FROM place_rtree",
            "DROP TABLE article",
            "DROP INDEX article_published",
            "DROP TRIGGER article_fts_insert",
            "CREATE TABLE t(x)",
            "CREATE VIEW v AS SELECT 1",
            "CREATE TRIGGER t AFTER INSERT ON author BEGIN DELETE FROM article; END",
            "CREATE VIRTUAL TABLE v USING fts5(x)",
            "ALTER TABLE article RENAME TO gone",
            "ATTACH DATABASE '\(folder)/attached.sqlite' AS other",
            "ATTACH ':memory:' AS scratch",
            "PRAGMA writable_schema = ON",
            "PRAGMA journal_mode = DELETE",
            "PRAGMA user_version = 99",
            "PRAGMA schema_version = 1",
            "PRAGMA foreign_keys = OFF",
            "PRAGMA query_only = OFF",
            "PRAGMA mmap_size = 1000000",
            "SELECT load_extension('\(folder)/evil.so')",
            "SELECT readfile('/etc/passwd')",
            "SELECT writefile('\(folder)/written.txt', 'x')",
            "SELECT fts3_tokenizer('simple')",
            "SELECT edit('text')",
            "SELECT 1; DROP TABLE article",
            "SELECT 1; PRAGMA journal_mode = DELETE",
            "VACUUM",
            "VACUUM INTO '\(folder)/copy.sqlite'",
            "BEGIN IMMEDIATE",
            "ROLLBACK",
            "ANALYZE",
            "REINDEX",
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) "
                + "SELECT count(*) FROM c a, c b, c d",
            "SELECT randomblob(1000000000)",
            "SELECT zeroblob(1000000000)",
            "SELECT printf('%.*c', 1000000000, 'x')",
            "SELECT " + String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000),
            "SELECT " + Array(repeating: "1", count: 5_000).joined(separator: " + "),
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100) "
                + "SELECT x, printf('%.*c', 30000000, 'x') AS big FROM c",
        ]
        return plain.map { ($0, [:]) } + [
            ("SELECT :x AS value", ["x": "1; DROP TABLE article; --"]),
            ("SELECT * FROM author WHERE name = :name", ["name": "' OR 1=1; DELETE FROM author; --"]),
            ("VACUUM INTO :file", ["file": "\(folder)/parameter-copy.sqlite"]),
        ]
    }

    @Test func everyHostileQueryIsRefusedOrStoppedAndTheDatabaseIsByteIdentical() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("news.sqlite").path
        do {
            let store = try NewsStore(path: path, access: .create)
            _ = try GazetteerLoader(db: try store.sqliteStorage.db).load([
                StoreFixtures.record(99_072, "Mosul", ["Al Mawsil"], 36.335, 43.119, "IQ", 1_739_800)
            ])
            _ = store.importFiles([try StoreFixtures.file("floods.txt", StoreFixtures.floods)])
        }
        let digest = try SHA256.hex(Data(contentsOf: URL(fileURLWithPath: path)))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let queries = Self.hostile(in: folder.path)
        #expect(queries.count >= 30)

        var outcomes: [Outcome] = []
        do {
            let storage = try NewsStore(path: path, access: .existing).sqliteStorage
            for (index, hostile) in queries.enumerated() {
                let query = try SavedQuery(name: "hostile-\(index)", kind: .sql, body: hostile.sql)
                // The byte budget, not the clock, must stop the 100 rows of 30 MB however busy
                // the machine is, so that one query gets a time limit it cannot reach first.
                let timeout: Double = hostile.sql.contains("30000000") ? 120 : 2
                do {
                    let result = try storage.runSQL(
                        query, parameters: hostile.parameters, timeout: timeout, rowLimit: 1_000,
                        byteLimit: 64 * 1024 * 1024)
                    if result.truncatedBy == .bytes {
                        #expect(result.rows.count <= 2, "\(hostile.sql)")
                        outcomes.append(.stoppedAtByteBudget)
                    } else if hostile.parameters.isEmpty && result.rows == [[.null]] {
                        outcomes.append(.stoppedAtLengthLimit)
                    } else {
                        // Parameters are values, never SQL: the text comes back as text.
                        #expect(!hostile.parameters.isEmpty, "ran: \(hostile.sql)")
                        outcomes.append(.harmlessValue)
                    }
                } catch let error as NewsStoreError {
                    let text = error.description
                    #expect(text.contains("hostile-\(index)"), "\(text)")
                    #expect(!text.contains("\n"), "\(text)")
                    if case .queryTimedOut = error { outcomes.append(.timedOut) } else { outcomes.append(.refused) }
                }
            }
        }
        #expect(try SHA256.hex(Data(contentsOf: URL(fileURLWithPath: path))) == digest)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files)
        #expect(outcomes.count == queries.count)
        // The endless CTE and the cross join hit the time limit; the 1 GB printf hits the length
        // limit, which SQLite 3.40 notices only at the end of its loop, so it may time out first.
        #expect(
            outcomes.filter { $0 == .timedOut }.count >= 2, "\(Array(zip(queries.map { $0.sql.prefix(60) }, outcomes)))"
        )
        #expect(outcomes.filter { $0 == .stoppedAtByteBudget }.count == 1)
        #expect(outcomes.filter { $0 == .harmlessValue }.count == 2)
        #expect(
            outcomes.filter { $0 == .refused || $0 == .stoppedAtLengthLimit || $0 == .timedOut }.count
                == queries.count - 3, "\(outcomes)")
    }
}
