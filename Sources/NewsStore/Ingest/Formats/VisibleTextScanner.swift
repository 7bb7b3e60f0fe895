import Foundation

/// The text of a page without its tags, scripts and styles, in one pass over the UTF-8 bytes.
///
/// It gives what `HTMLFragment.withoutTags` gives before entities are decoded, without its four
/// regular-expression passes (a quarter of an import's time went there on large pages). Those
/// passes run one after another, each over the previous one's output, so each rule here looks
/// through what the earlier passes would have changed:
///
/// 1. `<br…>`, `</p…>`, `</div…>`, `</li…>`, `</h1…>`…`</h6…>` become a line break;
/// 2. `<script…` up to the first `</script>` after it is dropped (left alone when none follows);
/// 3. `<style…` up to the first `</style>` is dropped, likewise;
/// 4. any other `<` up to the next `>` is dropped (left alone when none follows).
///
/// Names are matched without regard to case and must end at a word boundary, as `\b` reads it.
/// A `<` or `>` followed by a combining mark is no tag delimiter (it belongs to that character).
struct VisibleTextScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Set once a search for a closing tag found none: none is found later either.
    private var noScriptEnd = false
    private var noStyleEnd = false
    private var noTagEnd = false

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The page's text without tags, scripts and styles; entities are left as written.
    static func strip(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = VisibleTextScanner(bytes: bytes)
            return String(decoding: scanner.run(), as: UTF8.self)
        }
    }

    private mutating func run() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 2)
        var index = 0
        var copied = 0
        while index < bytes.count {
            guard isDelimiter(UInt8(ascii: "<"), at: index) else {
                index += 1
                continue
            }
            if let end = lineBreakTagEnd(at: index) {
                output.append(contentsOf: bytes[copied..<index])
                output.append(UInt8(ascii: "\n"))
                index = end
            } else if let end = elementEnd(at: index, name: Self.script, level: .script)
                ?? elementEnd(at: index, name: Self.style, level: .style) ?? tagEnd(at: index)
            {
                output.append(contentsOf: bytes[copied..<index])
                index = end
            } else {
                index += 1
                continue
            }
            copied = index
        }
        output.append(contentsOf: bytes[copied..<bytes.count])
        return output
    }

    /// Which of the earlier passes a search looks through.
    private enum Level: Int {
        case lineBreak, script, style
    }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)
    private static let lineBreakNames = ["br", "/p", "/div", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6"].map {
        Array($0.utf8)
    }

    /// The end of a pass-1 match at `index` (a `<br…>`-like tag), or nil.
    private func lineBreakTagEnd(at index: Int) -> Int? {
        for name in Self.lineBreakNames where hasName(name, at: index + 1) {
            var position = index + 1 + name.count
            while position < bytes.count {
                if isDelimiter(UInt8(ascii: ">"), at: position) { return position + 1 }
                position += 1
            }
            return nil
        }
        return nil
    }

    /// The end of a `<script…</script>` (or style) match at `index` as its pass sees the text,
    /// or nil.
    private mutating func elementEnd(at index: Int, name: [UInt8], level: Level) -> Int? {
        guard hasName(name, at: index + 1) else { return nil }
        if level == .script ? noScriptEnd : noStyleEnd { return nil }
        var position = index + 1 + name.count
        while position < bytes.count {
            guard isDelimiter(UInt8(ascii: "<"), at: position) else {
                position += 1
                continue
            }
            if let end = closingEnd(at: position, name: name) { return end }
            if let end = earlierMatchEnd(at: position, below: level) {
                position = end
            } else {
                position += 1
            }
        }
        if level == .script { noScriptEnd = true } else { noStyleEnd = true }
        return nil
    }

    /// The end of `</name` + blanks + `>` at `index`, as the earlier passes left the text (a
    /// pass-1 line break counts as a blank), or nil.
    private func closingEnd(at index: Int, name: [UInt8]) -> Int? {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"),
            hasName(name, at: index + 2, boundary: false)
        else { return nil }
        var position = index + 2 + name.count
        while position < bytes.count {
            if isDelimiter(UInt8(ascii: ">"), at: position) { return position + 1 }
            if let width = blankWidth(at: position) {
                position += width
            } else if isDelimiter(UInt8(ascii: "<"), at: position), let end = lineBreakTagEnd(at: position) {
                position = end
            } else {
                return nil
            }
        }
        return nil
    }

    /// The end of a match of a pass before `level` at `index`, or nil.
    private mutating func earlierMatchEnd(at index: Int, below level: Level) -> Int? {
        if let end = lineBreakTagEnd(at: index) { return end }
        if level == .style, let end = elementEnd(at: index, name: Self.script, level: .script) { return end }
        return nil
    }

    /// The end of a pass-4 tag at `index`: the next `>` in the text the earlier passes left.
    private mutating func tagEnd(at index: Int) -> Int? {
        guard !noTagEnd else { return nil }
        var position = index + 1
        while position < bytes.count {
            if isDelimiter(UInt8(ascii: ">"), at: position) { return position + 1 }
            if isDelimiter(UInt8(ascii: "<"), at: position) {
                if let end = lineBreakTagEnd(at: position) ?? elementEnd(
                    at: position, name: Self.script, level: .script)
                    ?? elementEnd(at: position, name: Self.style, level: .style)
                {
                    position = end
                    continue
                }
            }
            position += 1
        }
        noTagEnd = true
        return nil
    }

    /// True when `name` (lower-case ASCII) is written at `index` in any case, followed by a word
    /// boundary when `boundary` is set.
    private func hasName(_ name: [UInt8], at index: Int, boundary: Bool = true) -> Bool {
        guard index + name.count <= bytes.count else { return false }
        for (offset, letter) in name.enumerated() {
            let byte = bytes[index + offset]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard lower == letter else { return false }
        }
        let after = index + name.count
        if after < bytes.count, Self.isCombining(bytes, at: after) { return false }
        return !boundary || !continuesWord(at: after)
    }

    /// True when the text at `index` continues the word that ends just before it (no `\b` there).
    private func continuesWord(at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte < 0x80 {
            if Self.isWordByte(byte) { return true }
            // Unicode word boundaries do not split "br.x", "br:x" or "br'x".
            guard [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "'")].contains(byte), index + 1 < bytes.count
            else { return false }
            let next = bytes[index + 1]
            if next < 0x80 { return (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A }
            return Self.scalar(bytes, at: index + 1)?.properties.isAlphabetic ?? false
        }
        guard let scalar = Self.scalar(bytes, at: index) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F
    }

    /// True when the byte at `index` is `delimiter` standing as its own character (not followed by
    /// a combining mark, which would make the two one character).
    private func isDelimiter(_ delimiter: UInt8, at index: Int) -> Bool {
        bytes[index] == delimiter && !(index + 1 < bytes.count && Self.isCombining(bytes, at: index + 1))
    }

    /// The byte length of white space at `index` (as `\s` reads it), or nil.
    private func blankWidth(at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard byte >= 0x80, let scalar = Self.scalar(bytes, at: index), scalar.properties.isWhitespace else {
            return nil
        }
        return String(scalar).utf8.count
    }

    /// True when the scalar at `index` joins the ASCII character before it into one character (a
    /// combining mark, a zero-width joiner or non-joiner, a variation selector), as Swift's
    /// grapheme breaking decides; the regular expressions matched whole characters.
    private static func isCombining(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] >= 0x80, let scalar = scalar(bytes, at: index) else { return false }
        var pair = "a"
        pair.unicodeScalars.append(scalar)
        return pair.count == 1
    }

    /// The scalar starting at `index` in valid UTF-8, or nil at a continuation byte.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        let width: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return Unicode.Scalar(lead)
        case 0xC0..<0xE0: (width, value) = (2, UInt32(lead & 0x1F))
        case 0xE0..<0xF0: (width, value) = (3, UInt32(lead & 0x0F))
        case 0xF0..<0xF8: (width, value) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + width <= bytes.count else { return nil }
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
