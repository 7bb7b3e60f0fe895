/// The rows a saved SQL query returned, as SQLite gave them.
///
/// ```swift
/// let result = try store.run(savedQuery: "top-places", parameters: ["from": "2016-10-01", "to": "2016-10-31"])
/// print(result.columns, result.rows.count, result.truncated)
/// ```
public struct QueryResult: Sendable, Hashable {
    /// Result column names, in order (`AS` aliases when the query gives them).
    public var columns: [String]
    /// The rows, each with one value per column.
    public var rows: [[SQLiteValue]]
    /// True when the query had more rows than the row limit allowed; `rows` holds the first ones.
    public var truncated: Bool

    /// Makes a result (for formatters and their tests).
    public init(columns: [String], rows: [[SQLiteValue]], truncated: Bool) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
    }
}
