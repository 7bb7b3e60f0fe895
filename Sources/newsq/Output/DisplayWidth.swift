/// How many terminal columns text takes, by grapheme cluster, and cutting text to a width.
///
/// A cheap approximation of `wcwidth`: East Asian Wide/Fullwidth blocks and emoji presentation
/// take two columns; combining marks, format characters and the highlight markers take none;
/// everything else one. Text is only ever cut between grapheme clusters.
enum DisplayWidth {
    /// The ellipsis put where text was cut (one column).
    static let ellipsis: Character = "…"

    /// Columns of a whole string. ASCII text (most of every table) is counted by its bytes: the
    /// Unicode property look-ups per character made rendering a 1,000-row table most of a
    /// command's time.
    static func of(_ text: String) -> Int {
        var width = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return latinWidth(text) ?? text.reduce(0) { $0 + of($1) } }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }

    /// Columns of text whose scalars all lie below U+0300 (Latin letters with their accents
    /// precomposed, most non-ASCII titles of European sites), counted without splitting it into
    /// grapheme clusters: there each scalar is a cluster of its own, one column wide, except the
    /// C1 controls and the soft hyphen (none). Nil for any other text.
    private static func latinWidth(_ text: String) -> Int? {
        var width = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 else { return nil }
            if (0x20..<0x7F).contains(value) || (value >= 0xA0 && value != 0xAD) { width += 1 }
        }
        return width
    }

    /// Columns of one grapheme cluster.
    static func of(_ character: Character) -> Int {
        if character.utf8.count == 1, let byte = character.utf8.first {
            return byte >= 0x20 && byte != 0x7F ? 1 : 0
        }
        guard let first = character.unicodeScalars.first else { return 0 }
        if Highlight.isMarker(first) { return 0 }
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && properties.isEmoji { return 2 }
        if properties.isEmojiPresentation || isWide(first.value) { return 2 }
        return 1
    }

    /// The longest prefix that fits in `width` columns, ending in "…" when anything was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let size = of(character)
            if used + size > width - 1 { break }
            out.append(character)
            used += size
        }
        out.append(ellipsis)
        return out
    }

    /// `text` followed by spaces up to `width` columns (or spaces first when `rightAligned`).
    static func pad(_ text: String, to width: Int, rightAligned: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return rightAligned ? fill + text : text + fill
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15 EastAsianWidth.txt, merged coarsely).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
