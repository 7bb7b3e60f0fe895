import Foundation
import Testing

@testable import NewsStore

@Suite struct ConnectionTests {
    @Test func setsUpForeignKeysOnAndDoubleQuotedStringsOff() throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.configOption(.foreignKeys))
        #expect(try !db.configOption(.doubleQuotedStringsInDML))
        #expect(try !db.configOption(.doubleQuotedStringsInDDL))
        #expect(try db.queryFirst("PRAGMA recursive_triggers") { $0.int(0) } == 1)
        // With DQS off a double-quoted word is an identifier, so this is an error, not a string.
        #expect(throws: SQLiteError.self) { try db.run("SELECT \"not a column\"") }
    }

    @Test func usesWALAndABusyTimeoutForFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        let db = try Connection(path: folder.appendingPathComponent("x.sqlite").path)
        #expect(try db.queryFirst("PRAGMA journal_mode") { $0.string(0) } == "wal")
        let timeout = try db.queryFirst("PRAGMA busy_timeout") { $0.int(0) ?? 0 }
        #expect((timeout ?? 0) > 0)
    }

    @Test func errorsCarryTheExtendedCodeMessageAndSQLButNotTheValues() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x TEXT UNIQUE)")
        try db.run("INSERT INTO t VALUES (?)", ["secret text"])
        let error = try #require(throws: SQLiteError.self) { try db.run("INSERT INTO t VALUES (?)", ["secret text"]) }
        #expect(error.code == 2067)  // SQLITE_CONSTRAINT_UNIQUE, an extended code
        #expect(error.isConstraint)
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(error.message.contains("UNIQUE"))
        #expect(!error.description.contains("secret text"))
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.queryFirst("SELECT count(*) FROM t") { $0.int(0) } == 0)
        #expect(db.isAutocommit)
    }

    @Test func transactionInsideATransactionNestsAsASavepoint() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Boom: Error {}
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            #expect(throws: Boom.self) {
                try db.transaction {
                    try db.run("INSERT INTO t VALUES (2)")
                    throw Boom()
                }
            }
            #expect(!db.isAutocommit)  // the inner failure left the outer transaction open
            try db.transaction { try db.run("INSERT INTO t VALUES (3)") }
        }
        #expect(try db.query("SELECT x FROM t ORDER BY x") { try $0.int("x") } == [1, 3])
        #expect(db.isAutocommit)
    }

    @Test func outerRollbackUndoesWhatANestedTransactionCommitted() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.transaction { try db.run("INSERT INTO t VALUES (1)") }
                throw Boom()
            }
        }
        #expect(try db.queryFirst("SELECT count(*) AS n FROM t") { try $0.int("n") } == 0)
        #expect(db.isAutocommit)
    }

    @Test func failedCommitIsRolledBack() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE p(id INTEGER PRIMARY KEY); CREATE TABLE c(p REFERENCES p(id))")
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("PRAGMA defer_foreign_keys = ON")
                try db.run("INSERT INTO c VALUES (5)")  // checked only at COMMIT
            }
        }
        #expect(error.isConstraint)
        #expect(db.isAutocommit)
        #expect(try db.queryFirst("SELECT count(*) AS n FROM c") { try $0.int("n") } == 0)
    }

    @Test func failedRollbackIsThrownWithTheErrorThatCausedIt() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Boom: Error {}
        try db.transaction {
            let error = try #require(throws: SQLiteError.self) {
                try db.savepoint("inner") {
                    try db.run("INSERT INTO t VALUES (1)")
                    // The savepoint is gone, so ROLLBACK TO inner fails: that must not be hidden.
                    try db.execute("RELEASE inner")
                    throw Boom()
                }
            }
            #expect(error.message.contains("no such savepoint"))
            #expect(error.rollbackCause is Boom)
            #expect(error.description.contains("while rolling back after"))
        }
    }

    @Test func cachedStatementsAreReusedWithFreshBindings() throws {
        let db = try Connection(path: ":memory:")
        let first = try db.cachedStatement("SELECT ?")
        try first.bind([1])
        let again = try db.cachedStatement("SELECT ?")
        #expect(first === again)
        #expect(again.value(at: 0) == .null)  // reset and cleared, not left on the old row
        #expect(try db.query("SELECT ?", [7]) { $0.int(0) } == [7])
        #expect(try db.query("SELECT ?", [8]) { $0.int(0) } == [8])
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: SQLiteError.self) { try Connection(path: path) }
        #expect(error.isNotADatabase)
    }

    @Test func linkedSQLiteHasFTS5AndRTree() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE VIRTUAL TABLE f USING fts5(x); CREATE VIRTUAL TABLE r USING rtree(id, a, b)")
    }
}
