import Foundation

/// CSV (RFC 4180) and TSV.
///
/// Both start with a header of column keys (stable for scripts), then one record per row. Cells are
/// `OutputValue.text` with highlight markers removed: null is empty, arrays are joined with "; ",
/// an object of a column with a `textMember` is that member (an author's name).
extension Listing {
    /// RFC 4180 CSV: CRLF after every record (the last too); a field is quoted when it contains a
    /// comma, a double quote, CR or LF, and its quotes are doubled. An empty listing is the header alone.
    func renderCSV() -> String {
        var out = ""
        appendRecord(columns.map(\.key), to: &out, separator: ",", terminator: "\r\n", escape: Listing.csvField)
        // A lone empty field would be a blank line, which readers skip: quote it.
        let loneColumn = columns.count == 1
        let escape: (String) -> String = { field in
            loneColumn && field.isEmpty ? "\"\"" : Listing.csvField(field)
        }
        for row in rows {
            appendRecord(cells(row), to: &out, separator: ",", terminator: "\r\n", escape: escape)
        }
        return out
    }

    /// Tab-separated values, LF line ends; inside a value `\` `TAB` `LF` `CR` are written as
    /// `\\` `\t` `\n` `\r`, so every record is one line with a fixed number of fields.
    func renderTSV() -> String {
        var out = ""
        appendRecord(columns.map(\.key), to: &out, separator: "\t", terminator: "\n", escape: Listing.tsvField)
        for row in rows {
            appendRecord(cells(row), to: &out, separator: "\t", terminator: "\n", escape: Listing.tsvField)
        }
        return out
    }

    /// One field as RFC 4180 writes it.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One field with TSV backslash escapes.
    static func tsvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func cells(_ row: [OutputValue]) -> [String] {
        row.indices.map { Highlight.plain(text(row[$0], column: $0)) }
    }

    private func appendRecord(
        _ fields: [String], to out: inout String, separator: String, terminator: String, escape: (String) -> String
    ) {
        out += fields.map(escape).joined(separator: separator)
        out += terminator
    }
}
