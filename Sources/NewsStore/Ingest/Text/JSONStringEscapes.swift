/// Undoes JSON string escapes that some scrapers leave in their text output (`\u2019`, `\"`), so
/// "Harvard Kennedy School\u2019s" reads "Harvard Kennedy School’s".
enum JSONStringEscapes {
    /// True when the text carries escapes only a JSON encoder writes: `\uXXXX` or `\"`. Plain text
    /// with a lone backslash ("C:\new") is left alone.
    static func isEscaped(_ text: String) -> Bool {
        text.contains("\\\"") || text.contains(#/\\u[0-9A-Fa-f]{4}/#)
    }

    /// Decodes `\uXXXX` (with surrogate pairs), `\"`, `\'`, `\/`, `\\`, `\n`, `\r` and `\t`; any
    /// other backslash is kept as written.
    static func decode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\\", index + 1 < scalars.count else {
                output.append(scalars[index])
                index += 1
                continue
            }
            let next = scalars[index + 1]
            switch next {
            case "\"", "'", "/", "\\":
                output.append(next)
                index += 2
            case "n":
                output.append("\n")
                index += 2
            case "t":
                output.append(" ")
                index += 2
            case "r":
                index += 2
            case "u":
                if let (scalar, length) = unicodeEscape(scalars, at: index) {
                    output.append(scalar)
                    index += length
                } else {
                    output.append(scalars[index])
                    index += 1
                }
            default:
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// `\uXXXX` at `index`, joined with a following low surrogate when it is a high one.
    private static func unicodeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hexValue(scalars, at: index + 2) else { return nil }
        if (0xD800...0xDBFF).contains(high) {
            guard scalars.count >= index + 12, scalars[index + 6] == "\\",
                scalars[index + 7] == "u", let low = hexValue(scalars, at: index + 8), (0xDC00...0xDFFF).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { return ("\u{FFFD}", 6) }
            return (scalar, 12)
        }
        guard let scalar = Unicode.Scalar(high) else { return ("\u{FFFD}", 6) }
        return (scalar, 6)
    }

    private static func hexValue(_ scalars: [Unicode.Scalar], at start: Int) -> UInt32? {
        guard start + 4 <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[start..<(start + 4)] {
            guard let digit = Character(scalar).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
