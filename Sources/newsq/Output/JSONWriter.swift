/// A small JSON encoder for `OutputValue` that keeps object members in the order given.
///
/// Foundation's encoders sort or scramble keys; newsq's JSON promises column order. Output is
/// UTF-8 text: only `"`, `\` and control characters are escaped (plus U+2028/U+2029, so the text is
/// also valid JavaScript); "/" and non-ASCII are written as they are.
enum JSONWriter {
    /// One line, no spaces: `{"id":1,"tags":["a","b"]}`.
    static func compact(_ value: OutputValue) -> String {
        var out = ""
        write(value, into: &out, indent: nil)
        return out
    }

    /// Two-space indentation, `"key": value`, empty containers as `[]` / `{}`, arrays of scalars
    /// on one line (`["iraq", "isis"]`); no final newline.
    static func pretty(_ value: OutputValue, indent: Int = 0) -> String {
        var out = ""
        write(value, into: &out, indent: indent)
        return out
    }

    /// A finite double as JSON: Swift's shortest round-trip form ("36.335", "1e-05", "100.0").
    /// Non-finite numbers have no JSON form and become `null`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value.description
    }

    /// A JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Appends `value`; `indent` nil means compact, else the current depth in levels of two spaces.
    private static func write(_ value: OutputValue, into out: inout String, indent: Int?) {
        switch value {
        case .string(let text): out += quoted(text)
        case .int(let number): out += String(number)
        case .double(let number): out += self.number(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let elements) where indent != nil && elements.allSatisfy(\.isScalar):
            // Short lists of scalars (tags, coordinates) read better on one line.
            out += "[" + elements.map(compact).joined(separator: ", ") + "]"
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, into: &out, indent: indent) { index, out in
                write(elements[index], into: &out, indent: indent.map { $0 + 1 })
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &out, indent: indent) { index, out in
                out += quoted(members[index].key)
                out += indent == nil ? ":" : ": "
                write(members[index].value, into: &out, indent: indent.map { $0 + 1 })
            }
        }
    }

    private static func writeContainer(
        open: String, close: String, count: Int, into out: inout String, indent: Int?,
        element: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else {
            out += close
            return
        }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: "  ", count: indent + 1) }
            element(index, &out)
        }
        if let indent { out += "\n" + String(repeating: "  ", count: indent) }
        out += close
    }
}
