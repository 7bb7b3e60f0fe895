/// The table format's `.record` layout: one "Label  value" line per column, for `show`.
///
/// Values are never cut: with a width they are word-wrapped under themselves, line breaks inside
/// a value (paragraphs of an article) are kept, and records are separated by a blank line.
extension Listing {
    func renderRecords(context: RenderContext) -> String {
        let labels = columns.map { Listing.displayText($0.header, color: false) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let indent = String(repeating: " ", count: labelWidth + Listing.columnGap)
        // Too narrow to wrap usefully: let the terminal wrap.
        let available = context.width.map { $0 - labelWidth - Listing.columnGap }.flatMap { $0 >= 20 ? $0 : nil }

        var records: [String] = []
        for row in rows {
            var out = ""
            for (index, value) in row.enumerated() {
                let label = DisplayWidth.pad(labels[index], to: labelWidth, rightAligned: false)
                let styledLabel = context.useColor ? Listing.bold + label + Listing.reset : label
                let paragraphs = text(value, column: index).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init)
                var lines: [String] = []
                for paragraph in paragraphs {
                    let text = Listing.displayText(paragraph, color: context.useColor)
                    lines += available.map { Listing.wrap(text, width: $0) } ?? [text]
                }
                for (number, text) in lines.enumerated() {
                    let prefix = number == 0 ? styledLabel + String(repeating: " ", count: Listing.columnGap) : indent
                    var line = prefix + Listing.styled(text, color: context.useColor)
                    while line.last == " " { line.removeLast() }
                    out += line + "\n"
                }
            }
            records.append(out)
        }
        return records.joined(separator: "\n")
    }

    /// Greedy word wrap at spaces; a word wider than the line is split between grapheme clusters.
    static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "wrap width must be positive")
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 { lines.append(current) }
            current = ""
            currentWidth = 0
            while wordWidth > width {
                var piece = ""
                var pieceWidth = 0
                while let character = word.first, pieceWidth + DisplayWidth.of(character) <= width || piece.isEmpty {
                    piece.append(character)
                    pieceWidth += DisplayWidth.of(character)
                    word.removeFirst()
                }
                lines.append(piece)
                wordWidth -= pieceWidth
            }
            current = word
            currentWidth = wordWidth
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
