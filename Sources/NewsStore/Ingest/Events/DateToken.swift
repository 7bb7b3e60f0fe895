/// A word, a run of digits or one punctuation mark of a sentence, with its scalar offsets: the
/// units the date recogniser matches patterns over.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case word, number, mark
    }

    let kind: Kind
    /// As written ("Oct", "Monday's", "2016", ",").
    let text: String
    /// Lower-cased, with a possessive "'s" removed ("monday", "year").
    let key: String
    let start: Int
    let end: Int
    /// True when whitespace separates this token from the one before: "2,000" is three tokens with
    /// none, "May 2, 2016" has spaces before "2" and "2016".
    let spaced: Bool

    /// The value of a run of ASCII digits.
    var number: Int? { kind == .number ? Int(text) : nil }

    /// True when the word starts with a capital letter ("May", not "may").
    var isCapitalized: Bool { kind == .word && (text.unicodeScalars.first?.isUppercase ?? false) }

    /// Splits text into tokens. Apostrophes inside a word stay in it ("don't", "Monday’s");
    /// everything that is neither letter, digit nor space is a one-scalar mark.
    static func tokens(in scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        var spaced = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isWhitespace {
                spaced = true
                index += 1
                continue
            }
            let start = index
            let kind: Kind
            if isDigit(scalar) {
                kind = .number
                while index < scalars.count, isDigit(scalars[index]) { index += 1 }
            } else if scalar.isAlphabetic {
                kind = .word
                while index < scalars.count {
                    let next = scalars[index]
                    if next.isAlphabetic {
                        index += 1
                    } else if next == "'" || next == "’", index + 1 < scalars.count,
                        scalars[index + 1].isAlphabetic, index > start
                    {
                        index += 1
                    } else {
                        break
                    }
                }
            } else {
                kind = .mark
                index += 1
            }
            let text = String(scalars: scalars[start..<index])
            tokens.append(
                DateToken(
                    kind: kind, text: text, key: key(of: text, scalars: scalars[start..<index]), start: start,
                    end: index, spaced: spaced))
            spaced = false
        }
        return tokens
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// The key of an ASCII token straight from its scalars (lower-cased, a final "'s" dropped),
    /// as `key(of:)` gives it: every word of every sentence is keyed, most of them ASCII.
    private static func key(of text: String, scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else { return key(of: text) }
        // No capital and no apostrophe (most words, every number and mark): the key is the text.
        if !scalars.contains(where: { ("A"..."Z").contains($0) || $0 == "'" }) { return text }
        var end = scalars.endIndex
        if scalars.count > 2, scalars[end - 2] == "'", scalars[end - 1] == "s" || scalars[end - 1] == "S" { end -= 2 }
        let lowered = scalars[scalars.startIndex..<end].map { scalar in
            let byte = UInt8(truncatingIfNeeded: scalar.value)
            return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        }
        return String(decoding: lowered, as: UTF8.self)
    }

    private static func key(of text: String) -> String {
        let lower = text.lowercased()
        for suffix in ["'s", "’s"] where lower.hasSuffix(suffix) && lower.count > 2 {
            return String(lower.dropLast(2))
        }
        return lower
    }
}
