/// JSON and JSON Lines.
///
/// Each row is an object whose keys are the column keys in column order. Highlight markers are
/// removed from every string; a `highlighted` column also gets "<key>_matches" right after it:
/// the matched ranges as `[start, end]` Unicode-scalar offsets into the plain text (see `Highlight`).
extension Listing {
    /// A pretty-printed JSON array of row objects; `[]` when empty. Ends with a newline.
    func renderJSON() -> String {
        JSONWriter.pretty(.array(rows.map(object(for:)))) + "\n"
    }

    /// One compact JSON object per row, each on its own line; nothing when empty.
    func renderJSONLines() -> String {
        rows.map { JSONWriter.compact(object(for: $0)) + "\n" }.joined()
    }

    /// The JSON object of one row.
    func object(for row: [OutputValue]) -> OutputValue {
        var members: [OutputValue.Member] = []
        members.reserveCapacity(columns.count)
        let keys = Set(columns.map(\.key))
        for (column, value) in zip(columns, row) {
            members.append(.init(column.key, value.withoutHighlightMarkers))
            let matchesKey = column.key + "_matches"
            if column.highlighted, !keys.contains(matchesKey) {
                let ranges: [OutputValue]
                if case .string(let text) = value {
                    ranges = Highlight.matches(in: text).map { [.int($0.lowerBound), .int($0.upperBound)] }
                } else {
                    ranges = []
                }
                members.append(.init(matchesKey, .array(ranges)))
            }
        }
        return .object(members)
    }
}

extension OutputValue {
    /// The same value with highlight markers removed from every string inside it.
    var withoutHighlightMarkers: OutputValue {
        switch self {
        case .string(let text): return .string(Highlight.plain(text))
        case .array(let elements): return .array(elements.map(\.withoutHighlightMarkers))
        case .object(let members):
            return .object(members.map { .init($0.key, $0.value.withoutHighlightMarkers) })
        default: return self
        }
    }
}
