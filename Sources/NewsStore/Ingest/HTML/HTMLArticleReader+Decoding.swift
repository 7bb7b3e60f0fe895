import Foundation

extension HTMLArticleReader {
    /// The page as text: UTF-16 after a byte order mark; UTF-8 when the bytes are valid UTF-8;
    /// else the charset the page declares (windows-1252, windows-1251, GBK …, read through
    /// `CharsetDecoder`), or windows-1252 when it declares none. A charset the system cannot read
    /// is refused with a way out.
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
            // The byte order mark decides, as in a browser.
            if let text = CharsetDecoder.decode(data, label: "UTF-16") { return text }
        }
        // Valid UTF-8 is read as UTF-8 whatever the page declares: saved and re-served pages often
        // keep a legacy <meta charset> over text that was converted, and a page really written in
        // windows-1251 or GBK is practically never valid UTF-8 throughout.
        if let text = String(validating: data, as: UTF8.self) { return text }
        let charset = declaredCharset(data)
        if let charset, !["utf-8", "utf8"].contains(charset) {
            if let text = CharsetDecoder.decode(data, label: charset) { return text }
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "the page is encoded as \(charset), which this system cannot read; convert it to UTF-8 "
                    + "first, e.g. `iconv -f \(charset) -t utf-8`")
        }
        if charset == nil, let latinText = String(data: data, encoding: .windowsCP1252) { return latinText }
        // Declared UTF-8 with a few bad bytes: they become U+FFFD rather than losing the page.
        return String(decoding: data, as: UTF8.self)
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content="…; charset=…">` declares in the
    /// first kilobytes, lower-cased.
    static func declaredCharset(_ data: Data) -> String? {
        let prefix = Array(data.prefix(4096))
        // `String.lowercased()` maps scalar by scalar (5 % of a `--no-extract` import). The pattern
        // matches only ASCII and "anything but `>`"/white space, so lowering the ASCII bytes alone
        // finds the same match, unless the head holds one of the two letters whose lower case is
        // ASCII (İ → i + U+0307, the Kelvin sign → k): then the whole head is lowered as before.
        let head =
            Self.hasASCIILowercaseSource(prefix)
            ? String(decoding: prefix, as: UTF8.self).lowercased()
            : String(decoding: prefix.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        guard let match = head.firstMatch(of: charsetPattern) else {
            return nil
        }
        return String(match.1)
    }

    /// True when `bytes` hold U+0130 (C4 B0) or U+212A (E2 84 AA), the only characters outside
    /// ASCII whose lower case has ASCII in it.
    private static func hasASCIILowercaseSource(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices.dropLast() {
            if bytes[index] == 0xC4, bytes[index + 1] == 0xB0 { return true }
            if bytes[index] == 0xE2, bytes[index + 1] == 0x84, index + 2 < bytes.count, bytes[index + 2] == 0xAA {
                return true
            }
        }
        return false
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
