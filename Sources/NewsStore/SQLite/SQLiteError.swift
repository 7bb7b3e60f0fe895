import CSQLite

/// A failure reported by SQLite, with the extended result code, SQLite's message and the SQL
/// that failed. Bound values are never included: they may be private text.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` is 2067).
    public let code: Int
    /// SQLite's own message (`sqlite3_errmsg`).
    public let message: String
    /// The statement that failed, if there was one.
    public let sql: String?
    /// When this error is a failed ROLLBACK or ROLLBACK TO, the error that made the rollback
    /// necessary; nil otherwise. The database may then still be inside the transaction.
    public internal(set) var rollbackCause: (any Error)?

    init(code: Int32, message: String, sql: String?) {
        self.code = Int(code)
        self.message = message
        self.sql = sql
    }

    init(code: Int32, connection: OpaquePointer?, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(code: code, message: message ?? String(cString: sqlite3_errstr(code)), sql: sql)
    }

    /// The primary result code (the low byte of the extended code).
    public var primaryCode: Int { code & 0xFF }

    /// True when the database was busy or locked by another connection.
    public var isBusy: Bool { primaryCode == Int(SQLITE_BUSY) || primaryCode == Int(SQLITE_LOCKED) }

    /// True when a constraint (unique, foreign key, check) failed.
    public var isConstraint: Bool { primaryCode == Int(SQLITE_CONSTRAINT) }

    /// True when the statement was interrupted (time limit or cancellation).
    public var isInterrupt: Bool { primaryCode == Int(SQLITE_INTERRUPT) }

    /// True when an authorizer refused the statement.
    public var isAuthorization: Bool { primaryCode == Int(SQLITE_AUTH) }

    /// True when a string or blob grew past the connection's length limit.
    public var isTooBig: Bool { primaryCode == Int(SQLITE_TOOBIG) }

    /// True when the file could not be opened or created.
    public var isCannotOpen: Bool { primaryCode == Int(SQLITE_CANTOPEN) }

    /// True when a write (or, in a read-only folder, the `-shm` file a WAL read needs) was refused
    /// as read-only.
    public var isReadOnly: Bool { primaryCode == Int(SQLITE_READONLY) }

    /// True when the file is not a database or is damaged.
    public var isNotADatabase: Bool {
        primaryCode == Int(SQLITE_NOTADB) || primaryCode == Int(SQLITE_CORRUPT)
    }

    public var description: String {
        let name = String(cString: sqlite3_errstr(Int32(code)))
        var text = "SQLite error \(code) (\(name)): \(message)"
        if let sql { text += " — in: \(sql.split(whereSeparator: \.isNewline).joined(separator: " "))" }
        if let rollbackCause { text += " — while rolling back after: \(rollbackCause)" }
        return text
    }
}
