/// A value read from the database that does not have the shape newsq writes (a damaged or
/// hand-edited file): an error that names the table and column, never a silent default.
struct StoredValueError: Error, CustomStringConvertible, Sendable {
    let table: String
    let column: String
    /// What the value should have been ("a day like 2016-10-17").
    let expected: String

    var description: String {
        "the database holds a value in \(table).\(column) that is not \(expected); "
            + "the file was changed by another program, or is damaged"
    }
}
