/// Search-match markers inside snippet text, and how each format shows them.
///
/// The store marks each match in a search snippet with `Highlight.open` before and
/// `Highlight.close` after it: two control characters that never occur in cleaned article
/// text. Formats then:
/// - table on a colour terminal: ANSI bold;
/// - table otherwise (piped, `NO_COLOR`): `**mosul**`;
/// - CSV, TSV, ICS, GeoJSON: plain text, markers removed;
/// - JSON/JSONL: plain text under the column key, plus "<key>_matches": [[start, end], …] in
///   Unicode-scalar offsets into that plain text (end exclusive), for columns marked `highlighted`.
enum Highlight {
    /// Start of a match (STX).
    static let open: Unicode.Scalar = "\u{2}"
    /// End of a match (ETX).
    static let close: Unicode.Scalar = "\u{3}"

    /// The text without markers.
    static func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isMarker) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isMarker($0) })
        return String(scalars)
    }

    /// The matched ranges of `plain(text)`, in Unicode-scalar offsets, end exclusive.
    /// An unclosed match runs to the end of the text.
    static func matches(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var start: Int?
        for scalar in text.unicodeScalars {
            if scalar == open {
                if start == nil { start = offset }
            } else if scalar == close {
                if let begin = start, begin < offset { ranges.append(begin..<offset) }
                start = nil
            } else {
                offset += 1
            }
        }
        if let begin = start, begin < offset { ranges.append(begin..<offset) }
        return ranges
    }

    /// The text with each match wrapped in `before`/`after` (e.g. "**", or ANSI codes).
    static func replacingMarkers(in text: String, before: String, after: String) -> String {
        guard text.unicodeScalars.contains(where: isMarker) else { return text }
        var result = ""
        var inside = false
        for scalar in text.unicodeScalars {
            if scalar == open {
                if !inside { result += before }
                inside = true
            } else if scalar == close {
                if inside { result += after }
                inside = false
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if inside { result += after }
        return result
    }

    /// True for either marker.
    static func isMarker(_ scalar: Unicode.Scalar) -> Bool { scalar == open || scalar == close }
}
