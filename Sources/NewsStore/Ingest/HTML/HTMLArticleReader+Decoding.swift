import Foundation

extension HTMLArticleReader {
    /// The page as text: UTF-8, or Latin-1/windows-1252 when the page declares it (or when it is not
    /// valid UTF-8 and declares nothing). Other encodings are refused with a way out.
    static func decodedText(_ data: Data, origin: String) throws -> String {
        guard !data.isEmpty else {
            throw NewsStoreError.unreadableInput(path: origin, reason: "empty file; give a saved HTML page")
        }
        guard data.count <= maximumBytes else {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "too large for one page (\(data.count.formatted()) bytes; the limit is "
                    + "\(maximumBytes.formatted())); save the article page alone")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "UTF-16 page; convert it to UTF-8 first, e.g. `iconv -f utf-16 -t utf-8`")
        }
        let charset = declaredCharset(data)
        let latin = ["iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso8859-1"]
        if let charset, latin.contains(charset) {
            return String(data: data, encoding: .windowsCP1252) ?? String(decoding: data, as: UTF8.self)
        }
        if let charset, !["utf-8", "utf8"].contains(charset) {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "the page is encoded as \(charset), and only UTF-8 and Latin-1 are read; convert it "
                    + "first, e.g. `iconv -f \(charset) -t utf-8`")
        }
        let text = String(decoding: data, as: UTF8.self)
        if charset == nil, !text.utf8.elementsEqual(data), let latinText = String(data: data, encoding: .windowsCP1252)
        {
            return latinText
        }
        // Declared UTF-8 with a few bad bytes: they become U+FFFD rather than losing the page.
        return text
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` declares in the
    /// first kilobytes, lower-cased.
    static func declaredCharset(_ data: Data) -> String? {
        let prefix = data.prefix(4096)
        // `String.lowercased()` maps scalar by scalar even for ASCII (5 % of a `--no-extract`
        // import); an ASCII head is lowered byte by byte, to the same text.
        let head =
            prefix.allSatisfy { $0 < 0x80 }
            ? String(decoding: prefix.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            : String(decoding: prefix, as: UTF8.self).lowercased()
        guard let match = head.firstMatch(of: charsetPattern) else {
            return nil
        }
        return String(match.1)
    }

    /// Built once: a regex literal is parsed again each time it is evaluated, and parsing this
    /// one cost more than matching it (3 % of an import's CPU).
    ///
    /// `nonisolated(unsafe)`, and why sharing it between import threads is sound: the value is
    /// never mutated (a `let`); matching only reads it, except for the program compiled lazily on
    /// first use, which the regex engine publishes with an atomic compare-and-swap for exactly this
    /// case (swift-experimental-string-processing #457, kept when the `Sendable` annotation was
    /// backed out in #474: "using Regex will still be thread-safe by default"). The pattern is a
    /// literal with no custom components that could hold state of their own.
    nonisolated(unsafe) private static let charsetPattern = #/<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)/#
}
