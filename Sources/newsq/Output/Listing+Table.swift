/// The table format: aligned columns for people.
///
/// - A header of column labels, a line of dashes, then one line per row; columns are two spaces
///   apart and numeric columns (every non-null value an int or double) are right-aligned.
/// - With a width (a terminal), lines never exceed it: `flexible` columns shrink first (down to
///   8 columns each), then every column (down to 4, then 1), and cut text ends in "…". A line
///   that still does not fit (very many columns) is itself cut. Without a width (piped) nothing
///   is cut, so scripts that read the table get every character.
/// - Line breaks and other control characters in values show as spaces.
/// - Highlights are ANSI bold with colour, else `**match**`; the header is bold with colour. A
///   cut highlighted cell (a snippet) is windowed so its first match stays in view, and a match
///   cut in the middle is closed in the cell (no bold runs on into the next column).
/// - Too wide for the terminal, columns marked `whenNarrow` give way first (see
///   `narrowed(toFit:)`): Published shows only its day, Score is left out.
/// - An empty listing renders as "" — the caller decides whether to say "no results" on stderr.
extension Listing {
    /// Columns between two table columns.
    static let columnGap = 2

    /// The table (or, with `.record` layout, the records) as text; each line ends with "\n".
    func renderTable(context: RenderContext) -> String {
        guard !rows.isEmpty else { return "" }
        if layout == .record { return renderRecords(context: context) }
        if let limit = context.width, let narrower = narrowed(toFit: limit) {
            return narrower.renderTable(context: context)
        }
        let headers = columns.map { Listing.displayText($0.header, color: false) }
        // Highlight markers stay in `marked` (zero width) so a cut cell can keep its match in view.
        let marked = rows.map { row in
            row.indices.map { Listing.displayText(text(row[$0], column: $0), color: true) }
        }
        let cells = marked.map { row in
            row.map { context.useColor ? $0 : Highlight.replacingMarkers(in: $0, before: "**", after: "**") }
        }
        let numeric = columns.indices.map { index in
            let values = rows.map { $0[index] }.filter { !$0.isNull }
            return !values.isEmpty && values.allSatisfy(\.isNumber)
        }
        // Each cell's width is counted once: a long listing (a saved query's thousands of rows)
        // spent half its time counting the same text again to cut and to pad it.
        let headerWidths = headers.map(DisplayWidth.of)
        let cellWidths = cells.map { $0.map(DisplayWidth.of) }
        let natural = columns.indices.map { index in
            cellWidths.reduce(headerWidths[index]) { max($0, $1[index]) }
        }
        let widths = context.width.map { Listing.fit(natural, flexible: columns.map(\.flexible), limit: $0) } ?? natural
        let gap = String(repeating: " ", count: Listing.columnGap)

        func line(_ texts: [String], textWidths: [Int], marked: [String]? = nil, color: Bool) -> String {
            var joined = ""
            for (index, text) in texts.enumerated() {
                var cut = text
                var width = textWidths[index]
                if width > widths[index] {
                    cut =
                        if let marked, columns[index].highlighted {
                            Listing.cutAroundMatch(marked[index], to: widths[index], color: color)
                        } else {
                            DisplayWidth.truncate(text, to: widths[index])
                        }
                    width = DisplayWidth.of(cut)
                }
                if index > 0 { joined += gap }
                let fill = max(0, widths[index] - width)
                if numeric[index] {
                    Listing.appendSpaces(fill, to: &joined)
                    joined += cut
                } else {
                    joined += cut
                    if index < texts.count - 1 { Listing.appendSpaces(fill, to: &joined) }
                }
            }
            while joined.utf8.last == 0x20 { joined.removeLast() }
            if let limit = context.width { joined = DisplayWidth.truncate(joined, to: limit) }
            return Listing.styled(joined, color: color)
        }

        var out = ""
        let header = line(headers, textWidths: headerWidths, color: false)
        out += (context.useColor ? Listing.bold + header + Listing.reset : header) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }, textWidths: widths, color: false) + "\n"
        for (index, (row, markedRow)) in zip(cells, marked).enumerated() {
            out += line(row, textWidths: cellWidths[index], marked: markedRow, color: context.useColor) + "\n"
        }
        return out
    }

    /// Column widths whose sum (with gaps) fits `limit` where possible.
    static func fit(_ natural: [Int], flexible: [Bool], limit: Int) -> [Int] {
        var widths = natural
        let all = Array(natural.indices)
        let phases: [(candidates: [Int], floor: Int)] = [
            (all.filter { flexible[$0] }, 8),
            (all, 4),
            (all, 1),
        ]
        for phase in phases {
            if shrink(&widths, candidates: phase.candidates, floor: phase.floor, limit: limit) { break }
        }
        return widths
    }

    /// Caps the candidates' widths at one common value, as high as fits; no column goes below
    /// `min(its width, floor)`. Returns true when the total now fits.
    private static func shrink(_ widths: inout [Int], candidates: [Int], floor: Int, limit: Int) -> Bool {
        let gaps = columnGap * max(0, widths.count - 1)
        func total(_ list: [Int]) -> Int { list.reduce(0, +) + gaps }
        guard total(widths) > limit else { return true }
        guard !candidates.isEmpty else { return false }
        let floors = Dictionary(uniqueKeysWithValues: candidates.map { ($0, min(widths[$0], floor)) })
        func capped(_ cap: Int) -> [Int] {
            var list = widths
            for index in candidates { list[index] = max(floors[index] ?? 0, min(list[index], cap)) }
            return list
        }
        var low = 0
        var high = candidates.map { widths[$0] }.max() ?? 0
        guard total(capped(low)) <= limit else {
            widths = capped(low)
            return false
        }
        // Largest cap that fits: total(capped(low)) <= limit always holds.
        while low < high {
            let middle = (low + high + 1) / 2
            if total(capped(middle)) <= limit { low = middle } else { high = middle - 1 }
        }
        var result = capped(low)
        // Give the columns left at the cap the few columns still free, one each.
        var slack = limit - total(result)
        for index in candidates where slack > 0 && result[index] == low && widths[index] > low {
            result[index] += 1
            slack -= 1
        }
        widths = result
        return true
    }

    /// Spaces appended without building a string of them for every cell.
    static func appendSpaces(_ count: Int, to text: inout String) {
        guard count > 0 else { return }
        if count <= spacesCount {
            text += spaces.prefix(count)
        } else {
            text += String(repeating: " ", count: count)
        }
    }

    private static let spacesCount = 256
    private static let spaces = String(repeating: " ", count: spacesCount)

    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"
    private static let boldOff = "\u{1B}[22m"

    /// A value as it shows in a table cell: control characters (line breaks) as spaces; without
    /// colour the highlight markers become "**", with colour they stay (zero width) until `styled`.
    static func displayText(_ text: String, color: Bool) -> String {
        // Printable ASCII, most cells, needs no look-up of each character's category.
        let plainASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        var out = plainASCII ? text : ""
        for character in text where !plainASCII {
            if let first = character.unicodeScalars.first, first.properties.generalCategory == .control,
                !Highlight.isMarker(first)
            {
                out.append(" ")
            } else {
                out.append(character)
            }
        }
        return color ? out : Highlight.replacingMarkers(in: out, before: "**", after: "**")
    }

    /// A finished line with its remaining markers turned into ANSI bold (or removed).
    static func styled(_ line: String, color: Bool) -> String {
        color ? Highlight.replacingMarkers(in: line, before: bold, after: boldOff) : Highlight.plain(line)
    }
}
