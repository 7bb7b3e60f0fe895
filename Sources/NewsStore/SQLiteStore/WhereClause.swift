/// A WHERE clause built from only the filters that are set, so SQLite can use the index each one
/// names: a term written `(? IS NULL OR col = ?)` serves no index and makes every read a scan.
/// Conditions are SQL written in the source, never user text; every value stays a bound `?`,
/// numbered by its place in `values`.
struct WhereClause {
    /// The conditions joined with AND.
    private(set) var conditions: [String] = []
    /// The values for the `?` placeholders, in the order the conditions use them.
    private(set) var values: [any SQLiteBindable] = []

    /// Adds `condition`, whose anonymous `?` placeholders take `values` in order.
    mutating func add(_ condition: String, _ values: any SQLiteBindable...) {
        conditions.append(condition)
        self.values.append(contentsOf: values)
    }

    /// The conditions joined with AND (`1` when there are none), for after `WHERE`.
    var sql: String { conditions.isEmpty ? "1" : conditions.joined(separator: "\n  AND ") }

    /// A JSON array of ids, bound as one value and read back with `json_each`, so a page of any
    /// size is one statement with one parameter.
    static func jsonArray(_ ids: [Int]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
