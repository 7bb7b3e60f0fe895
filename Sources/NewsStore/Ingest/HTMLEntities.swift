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
            guard current.unicodeScalars.contains("&") else { return current }
            let next = decodeOnce(current, in: context)
            if next == current { return current }
            current = next
        }
        return current
    }

    /// One pass: each reference is replaced once, so `&amp;quot;` becomes `&quot;`.
    static func decodeOnce(_ text: String, in context: Context = .text) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let (replacement, length) = reference(in: scalars, at: index, context: context) {
                output.append(contentsOf: replacement.unicodeScalars)
                index += length
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// The reference starting at `start` (which holds `&`): its text and how many scalars it spans.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int, context: Context) -> (String, Int)? {
        guard start + 1 < scalars.count else { return nil }
        if scalars[start + 1] == "#" { return numericReference(in: scalars, at: start) }
        return namedReference(in: scalars, at: start, context: context)
    }

    /// `&name;`, or a legacy `&name` without its semicolon: the longest name the table knows.
    private static func namedReference(in scalars: [Unicode.Scalar], at start: Int, context: Context) -> (
        String, Int
    )? {
        let table = HTMLEntityTable.shipped
        let nameStart = start + 1
        var end = nameStart
        // Every name is ASCII letters and digits; the longest (with its `;`) bounds the scan.
        while end < scalars.count, end - nameStart < table.longestName, isASCIIAlphanumeric(scalars[end]) {
            end += 1
        }
        guard end > nameStart else { return nil }
        if end < scalars.count, scalars[end] == ";" {
            if let text = table[name(scalars[nameStart..<end]) + ";"] { return (text, end - start + 1) }
        }
        // No full name with `;`: the longest legacy name at the start of the run, if any.
        var length = min(end - nameStart, table.longestLegacyName)
        while length > 0 {
            if let text = table[name(scalars[nameStart..<(nameStart + length)])] {
                let after = nameStart + length
                if context == .attribute, after < scalars.count,
                    scalars[after] == "=" || isASCIIAlphanumeric(scalars[after])
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
    private static func numericReference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 2
        var radix: UInt32 = 10
        if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
            radix = 16
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < scalars.count, let digit = digitValue(scalars[index], radix: radix) {
            // Past U+10FFFF the exact number no longer matters: saturate instead of overflowing.
            value = min(value * radix + digit, 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        return (character(for: value), index - start)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46 where radix == 16: return scalar.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: return scalar.value - 0x61 + 10
        default: return nil
        }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    private static func name(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
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
