/// Tables on a narrow terminal: columns that give way before text is cut, and cut snippets that
/// keep their match in view.
///
/// At 80 columns a search table used to give its title and snippet 13 columns each while
/// Published spent 20 on a full instant and Score 8: the match was cut off. Now, when the table is
/// wider than the terminal, `dateOnly` columns show the day and `hide` columns go, and then a cut
/// snippet starts shortly before its first match ("…in the area of **al-Shourah**, 45 k…").
extension Listing {
    /// The listing with its narrowing columns given way, or nil when it fits `limit` as it is
    /// or has nothing to give.
    func narrowed(toFit limit: Int) -> Listing? {
        let shown = columns.indices.filter { !columns[$0].detail }
        guard shown.contains(where: { columns[$0].whenNarrow != .keep }) else { return nil }
        let natural = shown.reduce(Listing.columnGap * max(0, shown.count - 1)) { total, index in
            rows.reduce(DisplayWidth.of(columns[index].header)) {
                max($0, DisplayWidth.of(text($1[index], column: index)))
            } + total
        }
        guard natural > limit else { return nil }
        var keep: [Int] = []
        var narrower = Listing(noun: noun, columns: [], rows: rows.map { _ in [] }, layout: layout)
        for index in columns.indices where columns[index].whenNarrow != .hide {
            keep.append(index)
            var column = columns[index]
            column.whenNarrow = .keep
            narrower.columns.append(column)
        }
        narrower.rows = rows.map { row in
            keep.map { index in
                guard columns[index].whenNarrow == .dateOnly, case .string(let text) = row[index] else {
                    return row[index]
                }
                return .string(Listing.dayOf(text))
            }
        }
        return narrower
    }

    /// '2016-10-17' of '2016-10-17T17:01:00Z'; any other text as it is.
    static func dayOf(_ text: String) -> String {
        let day = text.prefix(10)
        guard text.count > 10, isDay(day) else { return text }
        return String(day)
    }

    /// A cell holding highlight markers, cut to `width` columns around its first match: when the
    /// match would fall past the cut, the text starts with "…" a little before it. A match cut
    /// in the middle is closed before the closing "…", so a bold style never runs on. Without
    /// colour the markers become "**" (and count as two columns each).
    static func cutAroundMatch(_ text: String, to width: Int, color: Bool) -> String {
        let characters = Array(text)
        let markerWidth = color ? 0 : 2
        func size(_ character: Character) -> Int {
            isMarker(character) ? markerWidth : DisplayWidth.of(character)
        }
        func columns(_ slice: ArraySlice<Character>) -> Int { slice.reduce(0) { $0 + size($1) } }
        var start = 0
        if let open = characters.firstIndex(where: { $0.unicodeScalars.first == Highlight.open }) {
            let close = characters[open...].firstIndex { $0.unicodeScalars.first == Highlight.close } ?? open
            let before = columns(characters[..<open])
            let match = columns(characters[open...close])
            if before + match + 1 > width {
                // Leave a third of the cell, at most, as context before the match.
                let lead = max(0, min((width - 1) / 3, width - 2 - match))
                var used = before
                while used > lead && start < open {
                    used -= size(characters[start])
                    start += 1
                }
            }
        }
        var out = start > 0 ? String(DisplayWidth.ellipsis) : ""
        var used = start > 0 ? 1 : 0
        var inside = false
        let rest = characters[start...]
        let fitsWhole = used + columns(rest) <= width
        for character in rest {
            let opening = character.unicodeScalars.first == Highlight.open
            // Room for this character, the "…" and, inside a match, its closing marker.
            let closing = (inside || opening) ? markerWidth : 0
            if !fitsWhole && used + size(character) + closing + 1 > width { break }
            out.append(marked(character, color: color))
            used += size(character)
            if opening { inside = true }
            if character.unicodeScalars.first == Highlight.close { inside = false }
        }
        if inside { out += color ? String(Character(Highlight.close)) : "**" }
        if !fitsWhole { out.append(DisplayWidth.ellipsis) }
        return out
    }

    /// True for a 'YYYY-MM-DD' text, checked without parsing it.
    private static func isDay(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }
    }

    private static func isMarker(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(Highlight.isMarker) ?? false
    }

    /// A character as the cell shows it: a marker stays for ANSI styling, or becomes "**".
    private static func marked(_ character: Character, color: Bool) -> String {
        isMarker(character) && !color ? "**" : String(character)
    }
}
