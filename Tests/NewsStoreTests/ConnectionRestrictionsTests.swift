import Foundation
import Testing

@testable import NewsStore

/// The SQLite mechanisms under saved queries, on their own: an authorizer configured by rules,
/// a deadline, a length limit, query_only, a statement's tail and parameter names. Errors here
/// are SQLite's; the saved-query wording is ReadOnlyQueryTests' business.
@Suite struct ConnectionRestrictionsTests {
    let db: Connection

    init() throws {
        db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2)")
    }

    static let selectOnly = Authorizer.Rules(
        actions: [.select, .read], deniedFunctions: ["upper"], pragmas: ["table_info"], barePragmas: ["user_version"])

    // MARK: Authorizer

    @Test func authorizerAllowsWhatItsRulesListAndRecordsWhatItRefused() throws {
        let authorizer = Authorizer(ConnectionRestrictionsTests.selectOnly)
        try db.withAuthorizer(authorizer) {
            #expect(try db.query("SELECT x FROM t ORDER BY x") { try $0.int("x") } == [1, 2])
            #expect(try db.query("PRAGMA table_info(t)") { try $0.text("name") } == ["x"])
            #expect(try db.query("PRAGMA user_version") { try $0.int("user_version") } == [0])
            let insert = try #require(throws: SQLiteError.self) { try db.run("INSERT INTO t VALUES (3)") }
            #expect(insert.isAuthorization)
            #expect(authorizer.lastDenial == "INSERT into t")
            #expect(throws: SQLiteError.self) { try db.execute("PRAGMA user_version = 7") }
            #expect(authorizer.lastDenial == "PRAGMA user_version = 7")
            #expect(throws: SQLiteError.self) { try db.query("SELECT upper('a')") { $0[0] } }
            #expect(authorizer.lastDenial == "the function upper()")
            authorizer.forgetDenial()
            #expect(authorizer.lastDenial == nil)
        }
        // Removed again: everything it refused works.
        try db.run("INSERT INTO t VALUES (3)")
        try db.execute("PRAGMA user_version = 7")
        #expect(try db.queryFirst("SELECT upper('a')") { $0.string(0) } == "A")
    }

    @Test func authorizerIsRemovedWhenTheBodyThrows() throws {
        struct Boom: Error {}
        let authorizer = Authorizer(Authorizer.Rules(actions: []))
        #expect(throws: Boom.self) { try db.withAuthorizer(authorizer) { throw Boom() } }
        #expect(try db.queryFirst("SELECT count(*) FROM t") { $0.int(0) } == 2)
    }

    // MARK: Deadline

    @Test func deadlineInterruptsAStatementAndSaysItWasTheDeadline() throws {
        let deadline = Deadline(secondsFromNow: 0.05)
        let error = try #require(throws: SQLiteError.self) {
            try db.withDeadline(deadline) {
                try db.query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c") {
                    $0[0]
                }
            }
        }
        #expect(error.isInterrupt)
        #expect(deadline.expired)
        // The progress handler is gone: a long statement runs to its end again.
        let sum = try db.queryFirst(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT sum(x) FROM c"
        ) { $0.int(0) }
        #expect(sum == 20_000_100_000)
    }

    @Test func deadlineNotReachedLeavesTheStatementAlone() throws {
        let deadline = Deadline(secondsFromNow: 600)
        #expect(try db.withDeadline(deadline) { try db.query("SELECT x FROM t") { $0.int(0) } } == [1, 2])
        #expect(!deadline.expired)
    }

    // MARK: Length limit

    @Test func lengthLimitStopsAHugeStringBuiltInOneStepAndIsRestored() throws {
        let sql = "SELECT printf('%.*c', 2000000, 'x') AS s"
        // SQLite 3.40's printf gives NULL once its string passes the limit; later ones fail with
        // SQLITE_TOOBIG. Either way it stops there instead of building the whole string.
        do {
            let value = try db.withLengthLimit(1_000_000) { try db.queryFirst(sql) { try $0.value("s") } }
            #expect(value == .null)
        } catch let error as SQLiteError {
            #expect(error.isTooBig)
        }
        #expect(try db.queryFirst(sql) { try $0.text("s").utf8.count } == 2_000_000)
        let zero = try #require(throws: SQLiteError.self) {
            try db.withLengthLimit(1_000_000) { try db.queryFirst("SELECT zeroblob(2000000)") { $0[0] } }
        }
        #expect(zero.isTooBig)
    }

    @Test func lengthLimitAlsoStopsReadingAStoredValueLongerThanIt() throws {
        try db.execute("CREATE TABLE b(v BLOB)")
        try db.run("INSERT INTO b VALUES (?)", [SQLiteValue.blob([UInt8](repeating: 7, count: 2_000))])
        let error = try #require(throws: SQLiteError.self) {
            try db.withLengthLimit(1_000) { try db.queryFirst("SELECT v FROM b") { $0[0] } }
        }
        #expect(error.isTooBig)
        #expect(try db.withLengthLimit(5_000) { try db.queryFirst("SELECT length(v) FROM b") { $0.int(0) } } == 2_000)
    }

    // MARK: query_only

    @Test func queryOnlyRefusesWritesAndIsSwitchedBackOff() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.withQueryOnly { try db.run("INSERT INTO t VALUES (3)") }
        }
        #expect(error.message.contains("readonly") || error.message.contains("read-only") || error.code == 8)
        try db.run("INSERT INTO t VALUES (3)")
        #expect(try db.queryFirst("PRAGMA query_only") { $0.int(0) } == 0)
    }

    // MARK: Statement

    @Test func statementExposesItsTailAndItsParameterNamesAsWritten() throws {
        let statement = try #require(try db.makeStatement("SELECT :a, @b, $c, ?5, ? FROM t; DELETE FROM t -- x"))
        #expect(statement.tail == " DELETE FROM t -- x")
        // ?5 takes index 5, so index 4 has no name, and the last ? is 6.
        #expect(statement.parameterNames == [":a", "@b", "$c", nil, "?5", nil])
        #expect(try db.makeStatement("SELECT 1").map(\.tail) == "")
        // Nothing in the tail ran.
        #expect(try db.queryFirst("SELECT count(*) FROM t") { $0.int(0) } == 2)
    }

    @Test func textWithOnlyCommentsPreparesToNoStatement() throws {
        #expect(try db.makeStatement("  -- nothing here\n/* nor here */") == nil)
        let error = try #require(throws: SQLiteError.self) { try db.cachedStatement("-- nothing") }
        #expect(error.message.contains("no statement"))
    }

    @Test func virtualTablesThatExistAreConnectedAndMissingOnesSkipped() throws {
        try db.execute("CREATE VIRTUAL TABLE f USING fts5(x)")
        try db.connectVirtualTables(["f", "not_there", "t"])
        // Connected before the authorizer: reading it under a select-only authorizer works.
        let authorizer = Authorizer(Authorizer.Rules(actions: [.select, .read], barePragmas: ["data_version"]))
        #expect(try db.withAuthorizer(authorizer) { try db.query("SELECT count(*) FROM f") { $0.int(0) } } == [0])
    }
}
