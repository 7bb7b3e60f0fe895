/// One column of a listing of `Row`s: how formats treat it (`Listing.Column`) and how to read its
/// value from a row. A listing built from these cannot put a value under the wrong header,
/// because each value is read by its own column rather than by position.
///
/// ```swift
/// let columns: [ListingColumn<Place>] = [
///     .init("id", "ID", role: .identifier) { .int($0.id) },
///     .init("name", "Place", flexible: true, role: .title) { .string($0.name) },
/// ]
/// let listing = Listing(noun: "places", rows: places, columns: columns)
/// ```
struct ListingColumn<Row> {
    /// The key, header and treatment the formats see.
    let column: Listing.Column
    /// The cell of this column for a row.
    let value: (Row) -> OutputValue

    /// Makes a column; the parameters are those of `Listing.Column`, with `inTable: false` for a
    /// column that only the script formats carry (a table on a terminal has room for less) and
    /// `whenNarrow` for one that a too-wide table hides or shortens first.
    init(
        _ key: String, _ header: String? = nil, flexible: Bool = false, role: Listing.Role? = nil,
        highlighted: Bool = false, inTable: Bool = true, whenNarrow: Listing.Narrowing = .keep,
        textMember: String? = nil, value: @escaping (Row) -> OutputValue
    ) {
        column = Listing.Column(
            key: key, header: header, flexible: flexible, role: role, highlighted: highlighted, detail: !inTable,
            whenNarrow: whenNarrow, textMember: textMember)
        self.value = value
    }

    /// The key scripts see.
    var key: String { column.key }

    /// One row as a JSON-shaped object of these columns, keys in column order (for a row nested
    /// in another listing, such as the places of `show`).
    static func object(_ row: Row, _ columns: [ListingColumn<Row>]) -> OutputValue {
        .object(columns.map { OutputValue.Member($0.key, $0.value(row)) })
    }
}

extension Listing {
    /// A listing of `rows`, each cell read by its column.
    init<Row>(noun: String, rows: [Row], columns: [ListingColumn<Row>], layout: Layout = .rows) {
        self.init(
            noun: noun, columns: columns.map(\.column), rows: rows.map { row in columns.map { $0.value(row) } },
            layout: layout)
    }
}
