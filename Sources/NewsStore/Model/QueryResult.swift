/// The rows a saved SQL query returned, as SQLite gave them.
///
/// ```swift
/// let result = try store.run(savedQuery: "top-places", parameters: ["from": "2016-10-01", "to": "2016-10-31"])
/// print(result.columns, result.rows.count, result.truncated)
/// ```
public struct QueryResult: Sendable, Hashable {
    /// A limit that can stop a query before its last row.
    public enum Limit: Sendable, Hashable {
        /// The row cap.
        case rows
        /// The byte budget: the values returned so far took this much memory.
        case bytes
    }

    /// Result column names, in order (`AS` aliases when the query gives them).
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[SQLiteValue]]
    /// The limit that stopped the query before its last row; nil when every row is here.
    public var truncatedBy: Limit?

    /// True when the query had more rows than a limit allowed; `rows` holds the first ones.
    public var truncated: Bool { truncatedBy != nil }

    /// Makes a result (for formatters and their tests); `truncated` means the row cap.
    public init(columns: [String], rows: [[SQLiteValue]], truncated: Bool) {
        self.init(columns: columns, rows: rows, truncatedBy: truncated ? .rows : nil)
    }

    /// Makes a result stopped by `truncatedBy`, or complete when it is nil.
    public init(columns: [String], rows: [[SQLiteValue]], truncatedBy: Limit?) {
        self.columns = columns
        self.rows = rows
        self.truncatedBy = truncatedBy
    }
}
