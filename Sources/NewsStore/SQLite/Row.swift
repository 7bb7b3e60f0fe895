import CSQLite

/// The current row of a statement, valid only inside the closure it is passed to.
///
/// Columns are read by name, the way GRDB's `Row` reads them: a name that is not in the
/// result, a NULL where a value is required, or a value of another storage class is an error
/// that names the column and the SQL, never a silent 0 or "".
///
/// ```swift
/// let places = try db.query("SELECT id, name, latitude FROM place") { row in
///     (try row.int("id"), try row.text("name"), try row.optionalDouble("latitude"))
/// }
/// ```
struct Row {
    fileprivate let statement: Statement

    init(_ statement: Statement) { self.statement = statement }

    // MARK: By position

    // For SQL whose columns have no useful names (pragmas, `count(*)` in tests). They return nil
    // rather than a default, so a wrong guess never reads as zero or empty text; the store's own
    // queries read by name.

    subscript(column: Int) -> SQLiteValue { statement.value(at: column) }

    func int(_ column: Int) -> Int? { statement.value(at: column).int }
    func double(_ column: Int) -> Double? { statement.value(at: column).double }
    func string(_ column: Int) -> String? { statement.value(at: column).string }

    // MARK: By name

    /// The value of the column called `name` (matched as SQLite matches names: exactly, then
    /// ignoring ASCII case; the leftmost of two equal names wins).
    /// - Throws: `SQLiteError` (SQLITE_RANGE) when the result has no such column.
    func value(_ name: String) throws -> SQLiteValue {
        guard let index = statement.columnIndex(named: name) else {
            throw SQLiteError(
                code: SQLITE_RANGE,
                message: "no column named \"\(name)\" in the result (columns: "
                    + statement.columnNames.joined(separator: ", ") + ")",
                sql: statement.sql)
        }
        return statement.value(at: index)
    }

    /// An INTEGER column that may not be NULL.
    /// - Throws: `SQLiteError` for a missing column, NULL, or another storage class.
    func int(_ name: String) throws -> Int { try required(name, "an integer", optionalInt) }

    /// An INTEGER column, nil for NULL.
    /// - Throws: `SQLiteError` for a missing column or another storage class.
    func optionalInt(_ name: String) throws -> Int? {
        try decode(name, "an integer") { $0.int }
    }

    /// A REAL (or INTEGER, widened) column that may not be NULL.
    /// - Throws: `SQLiteError` for a missing column, NULL, or another storage class.
    func double(_ name: String) throws -> Double { try required(name, "a number", optionalDouble) }

    /// A REAL (or INTEGER, widened) column, nil for NULL.
    /// - Throws: `SQLiteError` for a missing column or another storage class.
    func optionalDouble(_ name: String) throws -> Double? {
        try decode(name, "a number") { $0.double }
    }

    /// A TEXT column that may not be NULL.
    /// - Throws: `SQLiteError` for a missing column, NULL, or another storage class.
    func text(_ name: String) throws -> String { try required(name, "text", optionalText) }

    /// A TEXT column, nil for NULL.
    /// - Throws: `SQLiteError` for a missing column or another storage class.
    func optionalText(_ name: String) throws -> String? {
        try decode(name, "text") { $0.string }
    }

    /// An INTEGER column read as a flag (0 is false, anything else true) that may not be NULL.
    /// - Throws: `SQLiteError` for a missing column, NULL, or another storage class.
    func bool(_ name: String) throws -> Bool { try int(name) != 0 }

    /// Decodes a nullable column: nil for NULL, an error when `convert` refuses the value.
    /// The error names the storage class found, never the value (it may be private text).
    private func decode<T>(_ name: String, _ expected: String, _ convert: (SQLiteValue) -> T?) throws -> T? {
        let value = try value(name)
        if value.isNull { return nil }
        guard let converted = convert(value) else {
            throw SQLiteError(
                code: SQLITE_MISMATCH,
                message: "column \"\(name)\" holds \(Row.storageClass(of: value)) where \(expected) is expected",
                sql: statement.sql)
        }
        return converted
    }

    private func required<T>(_ name: String, _ expected: String, _ read: (String) throws -> T?) throws -> T {
        guard let value = try read(name) else {
            throw SQLiteError(
                code: SQLITE_MISMATCH,
                message: "column \"\(name)\" is NULL where \(expected) is required",
                sql: statement.sql)
        }
        return value
    }

    private static func storageClass(of value: SQLiteValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer: return "an integer"
        case .real: return "a real number"
        case .text: return "text"
        case .blob: return "a blob"
        }
    }
}
