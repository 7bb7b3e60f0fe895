import Foundation

/// Notices a page whose article body came out nearly empty (a footer, a caption) although the
/// page shows much more text: most likely the reader picked the wrong block. Such an article is
/// still stored (the title, date and URL are usually right, and `newsq rm` removes it) but the
/// import says so, so the user can look instead of finding it later in search.
enum ThinBodyCheck {
    /// Bodies shorter than this are suspicious.
    static let thinBody = 200
    /// ... when the page's visible text is at least this many times longer.
    static let ratio = 5

    /// The warning for a thin body, or nil.
    static func note(body: String, page: Data) -> String? {
        guard body.count < thinBody else { return nil }
        let visible = visibleCharacters(of: page)
        guard visible >= ratio * max(body.count, 1) && visible >= 4 * thinBody else { return nil }
        return "body is only \(body.count) characters of a \(grouped(visible))-character page; stored anyway"
    }

    /// Characters of text a browser would show, roughly: no scripts, styles or tags, blanks collapsed.
    ///
    /// Counts what `HTMLFragment.withoutTags` leaves of the page's first 4 MB, in one pass over the
    /// bytes (`VisibleTextScanner`) instead of four regular-expression passes.
    static func visibleCharacters(of page: Data) -> Int {
        let text = HTMLEntities.decode(VisibleTextScanner.strip(String(decoding: page.prefix(4 << 20), as: UTF8.self)))
        return collapsedLength(text)
    }

    /// Characters of `text` with every run of white space counted as one.
    static func collapsedLength(_ text: String) -> Int {
        var count = 0
        var lastWasBlank = true
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a byte is a character ("\r\n", the one pair, is blank like its bytes).
            for byte in text.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if !lastWasBlank { count += 1 }
                    lastWasBlank = true
                } else {
                    count += 1
                    lastWasBlank = false
                }
            }
            return count
        }
        for character in text {
            if character.isWhitespace {
                if !lastWasBlank { count += 1 }
                lastWasBlank = true
            } else {
                count += 1
                lastWasBlank = false
            }
        }
        return count
    }

    private static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
