/// Decodes HTML character references left in scraped text (`&quot;`, `&#39;`, `&#x27;`,
/// `&NotNestedGreaterGreater;`), including text that was escaped twice (`&amp;quot;`), which
/// scrapers produce when they escape a page that was already escaped.
///
/// Names are the full HTML5 table (`HTMLEntityTable`), matched as the spec's tokenizer matches
/// them: the longest name that fits, so `&notin;` is `∉` while `&notit;` is `¬it;`. The 106 legacy
/// names (`&amp`, `&copy`, `&eacute` …) count without their `;` too, except in an attribute value
/// when a letter, digit or `=` follows (`?a=1&copy=2` in an href stays as written). Anything else
/// after `&` is text: "AT&T", "R&D", `&bogus;`.
enum HTMLEntities {
    /// Where the text stood: the spec treats a legacy name without `;` differently in attributes.
    enum Context: Sendable {
        /// Text between tags, and text from anywhere else (plain-text articles, JSON-LD).
        case text
        /// An attribute value (`content="…"`, `href="…"`).
        case attribute
    }

    /// How many times `decode` unwraps nested escaping. Two covers `&amp;quot;`; the third pass is a
    /// margin for pages escaped three times. More would start eating text that talks about entities.
    private static let maximumPasses = 3

    /// Decodes every character reference, repeating while a pass still changed something
    /// (`&amp;quot;` → `&quot;` → `"`).
    static func decode(_ text: String, in context: Context = .text) -> String {
        var current = text
        for _ in 0..<maximumPasses {
            guard current.utf8.contains(UInt8(ascii: "&")) else { return current }
            let next = decodeOnce(current, in: context)
            if next == current { return current }
            current = next
        }
        return current
    }

    /// One pass: each reference is replaced once, so `&amp;quot;` becomes `&quot;`.
    ///
    /// Works on the UTF-8 bytes: everything that shapes a reference (`&`, `#`, `x`, digits, ASCII
    /// names, `;`, `=`) is ASCII, and no byte of a multi-byte character is, so the text between
    /// references is copied as it stands instead of scalar by scalar.
    static func decodeOnce(_ text: String, in context: Context = .text) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            var copied = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "&"),
                    let (replacement, length) = reference(in: bytes, at: index, context: context)
                {
                    output.append(contentsOf: bytes[copied..<index])
                    output.append(contentsOf: replacement.utf8)
                    index += length
                    copied = index
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: bytes[copied..<bytes.count])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The reference starting at `start` (which holds `&`): its text and how many bytes it spans.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, context: Context) -> (
        String, Int
    )? {
        guard start + 1 < bytes.count else { return nil }
        if bytes[start + 1] == UInt8(ascii: "#") { return numericReference(in: bytes, at: start) }
        return namedReference(in: bytes, at: start, context: context)
    }

    /// `&name;`, or a legacy `&name` without its semicolon: the longest name the table knows.
    private static func namedReference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, context: Context) -> (
        String, Int
    )? {
        let table = HTMLEntityTable.shipped
        let nameStart = start + 1
        var end = nameStart
        // Every name is ASCII letters and digits; the longest (with its `;`) bounds the scan.
        while end < bytes.count, end - nameStart < table.longestName, isASCIIAlphanumeric(bytes[end]) {
            end += 1
        }
        guard end > nameStart else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: ";") {
            if let text = table[name(bytes, nameStart..<end + 1)] { return (text, end - start + 1) }
        }
        // No full name with `;`: the longest legacy name at the start of the run, if any.
        var length = min(end - nameStart, table.longestLegacyName)
        while length > 0 {
            if let text = table[name(bytes, nameStart..<(nameStart + length))] {
                let after = nameStart + length
                if context == .attribute, after < bytes.count,
                    bytes[after] == UInt8(ascii: "=") || isASCIIAlphanumeric(bytes[after])
                {
                    return nil
                }
                return (text, length + 1)
            }
            length -= 1
        }
        return nil
    }

    /// `&#39;`, `&#x27;` or `&#X2019;`, the `;` optional as in browsers. A reference to no
    /// character (0, a surrogate, past U+10FFFF) reads as U+FFFD; `&#` without digits is text.
    private static func numericReference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        var index = start + 2
        var radix: UInt32 = 10
        if index < bytes.count, bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X") {
            radix = 16
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.count, let digit = digitValue(bytes[index], radix: radix) {
            // Past U+10FFFF the exact number no longer matters: saturate instead of overflowing.
            value = min(value * radix + digit, 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (character(for: value), index - start)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte) - 0x30
        case 0x41...0x46 where radix == 16: return UInt32(byte) - 0x41 + 10
        case 0x61...0x66 where radix == 16: return UInt32(byte) - 0x61 + 10
        default: return nil
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// The name in `range` (ASCII, so any byte range of it is a whole string).
    private static func name(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The character a numeric reference stands for. Like browsers (HTML5), 128–159 are read as
    /// Windows-1252, because that is what pages that write `&#146;` meant.
    private static func character(for value: UInt32) -> String {
        if let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(Character(scalar))
    }

    private static let windows1252: [UInt32: String] = [
        128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š",
        139: "‹", 140: "Œ", 142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—",
        152: "˜", 153: "™", 154: "š", 155: "›", 156: "œ", 158: "ž", 159: "Ÿ",
    ]
}
