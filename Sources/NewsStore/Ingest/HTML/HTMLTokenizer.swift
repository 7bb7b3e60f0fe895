import Foundation

/// A small, tolerant HTML tokenizer: start tags with attributes, end tags and text, nothing else.
///
/// It never fails: a `<` that does not open a tag is text, an unclosed tag or comment ends at the end
/// of the input, and the content of `script`, `style`, `textarea`, `title` and `noscript` is taken as
/// raw text up to its end tag, so markup inside a script never becomes tags. It works on UTF-8 bytes
/// because everything that shapes a tag is ASCII; text is decoded back to `String` only in slices.
struct HTMLTokenizer {
    /// One piece of the page.
    enum Token: Equatable {
        /// `<name attr="value">`; names are lower-cased, attribute values have entities decoded.
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        /// `</name>`.
        case end(name: String)
        /// Text between tags, entities still encoded (raw text of a script stays as written).
        case text(String)
    }

    /// Elements whose content is raw text up to their own end tag.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "noscript", "xmp"]

    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// All tokens of the page, in order.
    static func tokens(of text: String) -> [Token] {
        var tokenizer = HTMLTokenizer(text)
        var tokens: [Token] = []
        while let token = tokenizer.next() { tokens.append(token) }
        return tokens
    }

    /// The next token, nil at the end of the input.
    mutating func next() -> Token? {
        if let raw = pendingRawText {
            pendingRawText = nil
            return .text(raw)
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "<"), let token = markup() {
            if case .start(let name, _, false) = token, Self.rawTextElements.contains(name) {
                pendingRawText = rawText(until: name)
            }
            return token
        }
        return .text(text())
    }

    /// Raw text read after a raw-text start tag, handed out as the following token.
    private var pendingRawText: String?

    // MARK: Pieces

    /// True when the `<` at `index` opens a tag, an end tag, a comment or a declaration.
    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if Self.isLetter(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
        return next == UInt8(ascii: "/") && index + 2 < bytes.count && Self.isLetter(bytes[index + 2])
    }

    /// Text up to the next `<` that opens markup.
    private mutating func text() -> String {
        let start = position
        position += 1
        while position < bytes.count, !(bytes[position] == UInt8(ascii: "<") && startsMarkup(at: position)) {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A tag at `position` (which holds `<`), or nil (position unchanged) when it is not markup.
    /// Comments and declarations are skipped and reported as an empty text token.
    private mutating func markup() -> Token? {
        guard startsMarkup(at: position) else { return nil }
        let next = bytes[position + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            if bytes[position...].starts(with: Self.commentOpen) {
                position = index(after: Self.commentClose, from: position + 4)
            } else {
                position = index(after: Self.tagClose, from: position + 2)
            }
            return .text("")
        }
        if next == UInt8(ascii: "/") {
            position += 2
            let name = tagName()
            position = index(after: Self.tagClose, from: position)
            return .end(name: name)
        }
        position += 1
        let name = tagName()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                break
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                selfClosing = byte == UInt8(ascii: "/")
                position += 1
                continue
            }
            selfClosing = false
            let (key, value) = attribute()
            if !key.isEmpty, attributes[key] == nil { attributes[key] = value }
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// A lower-cased tag name at `position`.
    private mutating func tagName() -> String {
        let start = position
        while position < bytes.count, !Self.isSpace(bytes[position]),
            bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/")
        {
            position += 1
        }
        return lowercased(start..<position)
    }

    /// One `name`, `name=value`, `name="value"` or `name='value'`.
    private mutating func attribute() -> (String, String) {
        let start = position
        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
            bytes[position] != UInt8(ascii: ">")
        {
            position += 1
        }
        // A stray `/` or quote inside a name must still move us forward.
        if position == start { position += 1 }
        let key = lowercased(start..<position)
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return (key, "") }
        position += 1
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        guard position < bytes.count else { return (key, "") }
        let quote = bytes[position]
        let valueStart: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            valueStart = position + 1
            position = valueStart
            while position < bytes.count, bytes[position] != quote { position += 1 }
            let value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
            if position < bytes.count { position += 1 }
            return (key, HTMLEntities.decode(value, in: .attribute))
        }
        valueStart = position
        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            position += 1
        }
        return (
            key, HTMLEntities.decode(String(decoding: bytes[valueStart..<position], as: UTF8.self), in: .attribute)
        )
    }

    /// Everything up to `</name` (any case), which is left for the next token; the rest of the input
    /// when the element is never closed.
    private mutating func rawText(until name: String) -> String {
        let closing = Array("</\(name)".utf8)
        let start = position
        var index = position
        while index + closing.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "/"),
                zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ Self.lowered($0) == $1 })
            {
                position = index
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            index += 1
        }
        position = bytes.count
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The index just past the next `terminator` at or after `from`; the end of input when absent.
    private func index(after terminator: [UInt8], from: Int) -> Int {
        var index = from
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], bytes[index..<(index + terminator.count)].elementsEqual(terminator) {
                return index + terminator.count
            }
            index += 1
        }
        return bytes.count
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let tagClose = [UInt8(ascii: ">")]

    /// The bytes in `range` as a lower-cased string: ASCII (nearly every tag and attribute name)
    /// lowered byte by byte into the string at once, anything else through `String.lowercased()`.
    private func lowercased(_ range: Range<Int>) -> String {
        let slice = bytes[range]
        guard slice.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: slice, as: UTF8.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() { buffer[offset] = Self.lowered(byte) }
            return slice.count
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
