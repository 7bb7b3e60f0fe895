/// A value SQLite stores or returns: the five storage classes.
public enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

extension SQLiteValue {
    /// What the value counts against a saved query's byte budget (`--max-mb`) on either engine:
    /// text and blobs their length, numbers 8, NULL nothing.
    package var budgetBytes: Int {
        switch self {
        case .null: return 0
        case .integer, .real: return 8
        case .text(let text): return text.utf8.count
        case .blob(let bytes): return bytes.count
        }
    }

    /// The integer, or nil for any other storage class.
    public var int: Int? {
        if case .integer(let value) = self { return Int(value) }
        return nil
    }

    /// The number as a Double (integers widen), or nil.
    public var double: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .real(let value): return value
        default: return nil
        }
    }

    /// The text, or nil for any other storage class.
    public var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// True for SQL NULL.
    public var isNull: Bool { self == .null }
}

/// Types that bind to a statement parameter.
protocol SQLiteBindable {
    var sqliteValue: SQLiteValue { get }
}

extension SQLiteValue: SQLiteBindable {
    var sqliteValue: SQLiteValue { self }
}

extension Int: SQLiteBindable {
    var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Int64: SQLiteBindable {
    var sqliteValue: SQLiteValue { .integer(self) }
}

extension Double: SQLiteBindable {
    var sqliteValue: SQLiteValue { .real(self) }
}

extension String: SQLiteBindable {
    var sqliteValue: SQLiteValue { .text(self) }
}

extension Bool: SQLiteBindable {
    var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    var sqliteValue: SQLiteValue { self?.sqliteValue ?? .null }
}
