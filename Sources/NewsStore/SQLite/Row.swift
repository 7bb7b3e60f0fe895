/// The current row of a statement, valid only inside the closure it is passed to.
struct Row {
    fileprivate let statement: Statement

    init(_ statement: Statement) { self.statement = statement }

    subscript(column: Int) -> SQLiteValue { statement.value(at: column) }

    func int(_ column: Int) -> Int? { statement.value(at: column).int }
    func double(_ column: Int) -> Double? { statement.value(at: column).double }
    func string(_ column: Int) -> String? { statement.value(at: column).string }
    /// Text of a NOT NULL column; an empty string if SQLite returns anything else.
    func text(_ column: Int) -> String { statement.value(at: column).string ?? "" }
}
