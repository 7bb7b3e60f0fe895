import CSQLite
import Foundation

/// A prepared statement. Finalized in `deinit`. Not `Sendable`: it belongs to one connection,
/// which is used from one thread at a time.
final class Statement {
    private(set) var handle: OpaquePointer?
    let sql: String
    private unowned let connection: Connection

    private init(connection: Connection, handle: OpaquePointer, sql: String, tail: String) {
        self.connection = connection
        self.handle = handle
        self.sql = sql
        self.tail = tail
    }

    /// Prepares the first statement of `sql`; nil when the text holds no statement at all
    /// (only whitespace and comments).
    /// - Throws: `SQLiteError` when SQLite cannot prepare it (syntax, unknown table, an
    ///   authorizer's refusal).
    static func prepare(connection: Connection, sql: String, persistent: Bool) throws -> Statement? {
        var handle: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        // The tail points into the C string, so read it while the string is still alive.
        let (code, tail) = sql.withCString { text -> (Int32, String) in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection.handle, text, -1, flags, &handle, &tail)
            return (code, tail.map { String(cString: $0) } ?? "")
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(handle)
            throw connection.error(code, sql: sql)
        }
        guard let handle else { return nil }
        return Statement(connection: connection, handle: handle, sql: sql, tail: tail)
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// The text after the first statement, as SQLite's parser found it: empty for a single
    /// statement, comments or a second statement otherwise. Nothing in it was prepared.
    let tail: String

    /// True when SQLite itself says the statement cannot write to the database.
    var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Number of result columns.
    var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Result column names, in order.
    var columnNames: [String] {
        (0..<Int32(columnCount)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Result column names, read once and kept for the statement's life (a cached statement is
    /// reused for every row of every call).
    private lazy var resultColumnNames: [String] = columnNames

    /// The index of the result column called `name`: an exact match first, then one that
    /// ignores ASCII case (as SQLite resolves names); the leftmost wins when two columns share
    /// a name. Nil when there is none. A linear scan: results have a handful of columns with
    /// short names, and comparing those beats hashing in the loops that read 235,000 places.
    func columnIndex(named name: String) -> Int? {
        let names = resultColumnNames
        if let index = names.firstIndex(of: name) { return index }
        let folded = Statement.fold(name)
        return names.firstIndex { Statement.fold($0) == folded }
    }

    /// ASCII-only lower-casing, as SQLite compares identifiers.
    private static func fold(_ name: String) -> String {
        String(
            decoding: name.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 },
            as: UTF8.self)
    }

    /// Each parameter's name as written, prefix included (`:place`, `@from`, `$to`, `?2`), in
    /// index order; nil for an anonymous `?` and for an index no parameter names (`?5` alone
    /// takes index 5, leaving 1 to 4 unnamed).
    var parameterNames: [String?] {
        let count = sqlite3_bind_parameter_count(handle)
        guard count > 0 else { return [] }
        return (1...count).map { index in
            sqlite3_bind_parameter_name(handle, index).map { String(cString: $0) }
        }
    }

    /// Resets the statement and clears bindings so a cached statement starts fresh.
    func reset() {
        // sqlite3_reset repeats the error of the last step, which `step` already threw; it
        // cannot fail on its own.
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds positional values (`?`) in order.
    func bind(_ values: [any SQLiteBindable]) throws {
        precondition(
            values.count == Int(sqlite3_bind_parameter_count(handle)),
            "statement expects \(sqlite3_bind_parameter_count(handle)) values, got \(values.count)")
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the parameter at `offset` in `parameterNames` (0 is the first).
    /// - Throws: `SQLiteError` when SQLite refuses the value (too big).
    func bind(_ value: SQLiteValue, toParameterAt offset: Int) throws {
        precondition(
            offset >= 0 && offset < Int(sqlite3_bind_parameter_count(handle)), "no parameter at offset \(offset)")
        try bind(value, at: Int32(offset + 1))
    }

    private func bind(_ value: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
        case .real(let double): code = sqlite3_bind_double(handle, index, double)
        case .text(let text):
            // The explicit byte count keeps text with an embedded NUL whole.
            code = sqlite3_bind_text(handle, index, text, Int32(text.utf8.count), newsq_sqlite_transient())
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), newsq_sqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw connection.error(code, sql: sql) }
    }

    /// Advances one row. Returns false when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code, sql: sql)
        }
    }

    /// The value of a column of the current row.
    func value(at column: Int) -> SQLiteValue {
        let index = Int32(column)
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .null }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }
}
