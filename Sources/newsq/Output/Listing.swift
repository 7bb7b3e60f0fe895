/// What a listing command prints, independent of the format: ordered columns and rows of values.
///
/// `Listings` turns the store's results into a `Listing`, reading each cell through a typed
/// `ListingColumn`; `render(as:context:)` turns it into text. Column `key`s are the stable names
/// scripts see (JSON keys, CSV/TSV header); `header`s are the labels people see in tables.
/// `Role`s tell the GeoJSON and ICS writers which
/// columns hold coordinates, dates and the event's words, so those formats need no knowledge of
/// which command made the listing.
///
/// ```swift
/// let listing = Listing(
///     noun: "places",
///     columns: [
///         .init(key: "id", header: "ID", role: .identifier),
///         .init(key: "name", header: "Name", flexible: true, role: .title),
///         .init(key: "latitude", header: "Lat", role: .latitude),
///         .init(key: "longitude", header: "Lon", role: .longitude),
///     ],
///     rows: [[1, "Mosul", 36.335, 43.119]])
/// ```
struct Listing: Sendable, Hashable {
    /// What the rows are, plural ("places", "events", "articles"): used in error messages.
    var noun: String
    var columns: [Column]
    /// Each row has exactly one value per column, in column order.
    var rows: [[OutputValue]]
    /// How the table format lays the rows out.
    var layout: Layout

    /// Makes a listing.
    init(noun: String, columns: [Column], rows: [[OutputValue]] = [], layout: Layout = .rows) {
        for row in rows {
            precondition(
                row.count == columns.count, "a Listing row has \(row.count) values for \(columns.count) columns")
        }
        precondition(Set(columns.map(\.key)).count == columns.count, "Listing column keys must be unique")
        self.noun = noun
        self.columns = columns
        self.rows = rows
        self.layout = layout
    }

    /// Index of the first column with this role.
    func columnIndex(_ role: Role) -> Int? { columns.firstIndex { $0.role == role } }

    /// A cell of the column at `index` as one line of text (`OutputValue.text(showing:)`).
    func text(_ value: OutputValue, column index: Int) -> String {
        value.text(showing: columns[index].textMember)
    }

    /// One column: its stable key, its label and how formats treat it.
    struct Column: Sendable, Hashable {
        /// Stable machine name: JSON key and CSV/TSV header ("published_at").
        var key: String
        /// Label for tables ("Published").
        var header: String
        /// True when the table may shrink this column first and cut its text with "…" (titles,
        /// snippets). Other columns shrink only when that is not enough.
        var flexible: Bool
        /// What GeoJSON/ICS use the column for; nil for an ordinary column.
        var role: Role?
        /// True when string values carry highlight markers (`Highlight`): JSON then also gets
        /// "<key>_matches" with the matched ranges.
        var highlighted: Bool

        /// True for a column the table format leaves out (it stays in every other format).
        var detail: Bool
        /// What a table too wide for the terminal does with the column before cutting text.
        var whenNarrow: Narrowing
        /// The member an object value stands as in text cells (table, CSV, TSV, ICS): "name" shows
        /// authors by name while JSON keeps the whole `{name, role, outlet}`. Nil: compact JSON.
        var textMember: String?

        /// Makes a column; `header` defaults to the key.
        init(
            key: String, header: String? = nil, flexible: Bool = false, role: Role? = nil, highlighted: Bool = false,
            detail: Bool = false, whenNarrow: Narrowing = .keep, textMember: String? = nil
        ) {
            self.key = key
            self.header = header ?? key
            self.flexible = flexible
            self.role = role
            self.highlighted = highlighted
            self.detail = detail
            self.whenNarrow = whenNarrow
            self.textMember = textMember
        }
    }

    /// How a column gives up room when the table is wider than the terminal.
    enum Narrowing: Sendable, Hashable {
        /// Shown as it is (cut like any other column if need be).
        case keep
        /// Left out of the table (a score people rarely read).
        case hide
        /// An instant shown as its day: '2016-10-17T17:01:00Z' → '2016-10-17'.
        case dateOnly
    }

    /// The meaning of a column for formats that need more than a grid.
    enum Role: Sendable, Hashable {
        /// A stable id: GeoJSON Feature `id`, ICS `UID` (value + "@newsq").
        case identifier
        /// Decimal degrees, WGS 84 (GeoJSON geometry).
        case latitude, longitude
        /// First day an event can mean, 'YYYY-MM-DD' (ICS DTSTART; 'YYYY-MM' or 'YYYY' mean the first day).
        case startDate
        /// Last day an event can mean, inclusive, 'YYYY-MM-DD' (ICS DTEND is the day after).
        case endDate
        /// One-line name of the row: ICS SUMMARY.
        case title
        /// Longer text: ICS DESCRIPTION.
        case details
        /// Where: ICS LOCATION.
        case location
    }

    /// How the table format shows rows.
    enum Layout: Sendable, Hashable {
        /// One line per row under a header: for lists.
        case rows
        /// "Label  value" lines per row, long values wrapped, never cut: for `show` of one item.
        case record
    }
}
