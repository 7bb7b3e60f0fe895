/// Decodes HTML character references left in scraped text (`&quot;`, `&#39;`, `&#x27;`), including
/// text that was escaped twice (`&amp;quot;`), which scrapers produce when they escape a page that was
/// already escaped.
///
/// Only references that end in `;` are decoded: a bare `&` followed by letters ("AT&T", "R&D") is text.
enum HTMLEntities {
    /// How many times `decode` unwraps nested escaping. Two covers `&amp;quot;`; the third pass is a
    /// margin for pages escaped three times. More would start eating text that talks about entities.
    private static let maximumPasses = 3

    /// Decodes every character reference, repeating while a pass still changed something
    /// (`&amp;quot;` → `&quot;` → `"`).
    static func decode(_ text: String) -> String {
        var current = text
        for _ in 0..<maximumPasses {
            guard current.unicodeScalars.contains("&") else { return current }
            let next = decodeOnce(current)
            if next == current { return current }
            current = next
        }
        return current
    }

    /// One pass: each reference is replaced once, so `&amp;quot;` becomes `&quot;`.
    static func decodeOnce(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let (replacement, length) = reference(in: scalars, at: index) {
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
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        // The longest name in our table is short; 10 digits or letters is plenty for any reference.
        let limit = min(scalars.count, start + 12)
        var end = start + 1
        while end < limit, scalars[end] != ";" { end += 1 }
        guard end < limit, scalars[end] == ";", end > start + 1 else { return nil }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[(start + 1)..<end])
        let name = String(body)
        let length = end - start + 1
        if name.hasPrefix("#") {
            guard let value = numericValue(String(name.dropFirst())), let text = character(for: value) else {
                return nil
            }
            return (text, length)
        }
        guard let text = named[name] else { return nil }
        return (text, length)
    }

    /// `39` or `x27` / `X27` as a number.
    private static func numericValue(_ digits: String) -> UInt32? {
        if let first = digits.first, first == "x" || first == "X" {
            let hex = digits.dropFirst()
            guard !hex.isEmpty, hex.allSatisfy(\.isHexDigit) else { return nil }
            return UInt32(hex, radix: 16)
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return UInt32(digits)
    }

    /// The character a numeric reference stands for. Like browsers (HTML5), 128–159 are read as
    /// Windows-1252, because that is what pages that write `&#146;` meant.
    private static func character(for value: UInt32) -> String? {
        if let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }

    private static let windows1252: [UInt32: String] = [
        128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š",
        139: "‹", 140: "Œ", 142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—",
        152: "˜", 153: "™", 154: "š", 155: "›", 156: "œ", 158: "ž", 159: "Ÿ",
    ]

    /// The named references news pages actually use; names are case-sensitive (`&Eacute;` ≠ `&eacute;`).
    private static let named: [String: String] = [
        "quot": "\"", "amp": "&", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{00A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "hellip": "…", "middot": "·",
        "bull": "•", "prime": "′", "Prime": "″", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "times": "×", "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "pound": "£", "euro": "€", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "shy": "\u{00AD}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "iexcl": "¡", "iquest": "¿", "ordm": "º", "ordf": "ª",
        "micro": "µ", "acute": "´", "uml": "¨", "cedil": "¸", "dagger": "†", "Dagger": "‡", "permil": "‰",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â",
        "auml": "ä", "Auml": "Ä", "atilde": "ã", "Atilde": "Ã", "aring": "å", "Aring": "Å",
        "aelig": "æ", "AElig": "Æ", "ccedil": "ç", "Ccedil": "Ç",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "Ecirc": "Ê",
        "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì",
        "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "ntilde": "ñ", "Ntilde": "Ñ",
        "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô",
        "ouml": "ö", "Ouml": "Ö", "otilde": "õ", "Otilde": "Õ", "oslash": "ø", "Oslash": "Ø",
        "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û",
        "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "Yacute": "Ý", "yuml": "ÿ", "szlig": "ß",
        "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "oelig": "œ", "OElig": "Œ",
    ]
}
