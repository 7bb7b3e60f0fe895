/// The UTC offset a timestamp's time ends with: "2016-10-17T13:01:00-04:00" → "-04:00",
/// "…T13:01:00 +0200" → "+02:00"; nil when the text does not end so.
///
/// It answers as `#/T[0-9:.]+\s*([+-])(\d{2}):?(\d{2})$/#` did, written out: that regex was
/// parsed again on every call and was a tenth of an import without extraction. Text with any
/// non-ASCII byte (other digits, combining marks) still goes to the regex, which is the rule.
enum TrailingUTCOffset {
    /// "+HH:MM" or "-HH:MM" as written at the end of `text`, or nil.
    static func of(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return regexOffset(text) }
            bytes.append(byte)
        }
        let count = bytes.count
        func isDigit(_ index: Int) -> Bool { index >= 0 && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        // "±HH:MM" or "±HHMM" closing the text; the two shapes cannot both fit.
        let sign: Int
        if count >= 6, bytes[count - 3] == 0x3A, isDigit(count - 5), isDigit(count - 4), isDigit(count - 2),
            isDigit(count - 1)
        {
            sign = count - 6
        } else if count >= 5, isDigit(count - 4), isDigit(count - 3), isDigit(count - 2), isDigit(count - 1) {
            sign = count - 5
        } else {
            return nil
        }
        guard bytes[sign] == 0x2B || bytes[sign] == 0x2D else { return nil }
        // Before the sign: spaces, then at least one of [0-9:.], then "T".
        var index = sign - 1
        while index >= 0, isWhitespace(bytes[index]) { index -= 1 }
        let runEnd = index
        while index >= 0, isDigit(index) || bytes[index] == 0x3A || bytes[index] == 0x2E { index -= 1 }
        guard index < runEnd, index >= 0, bytes[index] == 0x54 else { return nil }
        let signText = bytes[sign] == 0x2B ? "+" : "-"
        return signText + String(decoding: bytes[(sign + 1)...(sign + 2)], as: UTF8.self) + ":"
            + String(decoding: bytes[(count - 2)...], as: UTF8.self)
    }

    /// ASCII whitespace as `\s` takes it (Unicode White_Space: tab, line feed, vertical tab, form
    /// feed, carriage return, space).
    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// The rule itself, for text that is not all ASCII.
    private static func regexOffset(_ text: String) -> String? {
        guard let match = text.firstMatch(of: #/T[0-9:.]+\s*([+-])(\d{2}):?(\d{2})$/#) else { return nil }
        return "\(match.1)\(match.2):\(match.3)"
    }
}
