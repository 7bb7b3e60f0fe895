import CSQLite
import Foundation

/// A prepared statement. Finalized in `deinit`. Not `Sendable`: it belongs to one connection,
/// which is used from one thread at a time.
final class Statement {
    private(set) var handle: OpaquePointer?
    let sql: String
    private unowned let connection: Connection

    init(connection: Connection, sql: String, persistent: Bool) throws {
        self.connection = connection
        self.sql = sql
        var handle: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        // The tail points into the C string, so read it while the string is still alive.
        let (code, rest) = sql.withCString { text -> (Int32, String) in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection.handle, text, -1, flags, &handle, &tail)
            return (code, tail.map { String(cString: $0) } ?? "")
        }
        guard code == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw connection.error(code, sql: sql)
        }
        self.handle = handle
        self.trailingText = rest.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Whatever followed the first statement in the SQL text (empty for a single statement).
    let trailingText: String

    /// True when SQLite itself says the statement cannot write to the database.
    var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Number of result columns.
    var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Result column names, in order.
    var columnNames: [String] {
        (0..<Int32(columnCount)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Named parameters (`:name`, `@name`, `$name`) without their prefix, in index order.
    var parameterNames: [String] {
        let count = sqlite3_bind_parameter_count(handle)
        guard count > 0 else { return [] }
        return (1...count).compactMap { index in
            sqlite3_bind_parameter_name(handle, index).map { String(String(cString: $0).dropFirst()) }
        }
    }

    /// Resets the statement and clears bindings so a cached statement starts fresh.
    func reset() {
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

    /// Binds one value by parameter name, given without its prefix.
    func bind(_ value: SQLiteValue, named name: String) throws {
        for prefix in [":", "@", "$"] {
            let index = sqlite3_bind_parameter_index(handle, prefix + name)
            if index > 0 {
                try bind(value, at: index)
                return
            }
        }
        precondition(false, "no parameter named \(name)")
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
