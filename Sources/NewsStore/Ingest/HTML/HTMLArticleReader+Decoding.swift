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
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let match = head.firstMatch(of: #/<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)/#) else {
            return nil
        }
        return String(match.1)
    }
}
