import Foundation

/// Folded lookup keys for place names, so "Al Mūşil", "al-Mosul" and "Mosul" can meet.
///
/// Three strengths, tried in order by the extractor:
/// - `fold`: lowercase, diacritics stripped, apostrophes and ʿ ʾ ‘ ’ dropped, hyphens and runs of
///   spaces made one space ("Boneh-ye ‘Alvān" → "boneh ye alvan"). This is `place.name_key`.
/// - `withoutArticle`: the fold without a leading Arabic article ("al-Shourah" → "shourah").
/// - `variant`: a loose spelling skeleton (Qayyara/Qayyarah, Khazir/Khazer, Bertela/Bartella,
///   Falluja/Fallujah meet). It is loose on purpose, so callers use it only when the exact keys fail
///   and only against candidates the article's context supports.
///
/// `package`, not `public`: the gazetteer compactor tool must fold and filter names exactly as the
/// library does, and nothing outside this package needs them.
package enum PlaceNameKey {
    /// Leading articles dropped by `withoutArticle`, as they appear after folding.
    static let articles = ["al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "adh ", "ath "]

    /// The folded key: see the type's documentation.
    package static func fold(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x41...0x5A).contains(value) {
                    appendFolded(Unicode.Scalar(value + 32) ?? scalar, to: &out, pendingSpace: &pendingSpace)
                } else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    appendFolded(scalar, to: &out, pendingSpace: &pendingSpace)
                } else if scalar == "'" || scalar == "`" {
                    continue
                } else {
                    pendingSpace = true  // hyphens, spaces, dots, commas separate words
                }
                continue
            }
            if let mapped = specialLetters[scalar] {
                for piece in mapped.unicodeScalars { appendFolded(piece, to: &out, pendingSpace: &pendingSpace) }
                continue
            }
            if apostrophes.contains(scalar) || scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isAlphabetic || scalar.isNumeric {
                // Decompose (ū → u + ̄) and keep the base letters only.
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.lowercased()
                for piece in decomposed.unicodeScalars where piece.properties.generalCategory != .nonspacingMark {
                    appendFolded(piece, to: &out, pendingSpace: &pendingSpace)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    private static func appendFolded(
        _ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView, pendingSpace: inout Bool
    ) {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
    }

    private static let apostrophes: Set<Unicode.Scalar> = [
        "\u{2018}", "\u{2019}", "\u{02BB}", "\u{02BC}", "\u{02BD}", "\u{02BE}", "\u{02BF}", "\u{00B4}", "\u{02B9}",
        "\u{2032}",
    ]

    /// Letters that do not decompose into a base letter plus marks.
    private static let specialLetters: [Unicode.Scalar: String] = [
        "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h",
        "\u{2010}": " ", "\u{2011}": " ", "\u{2013}": " ", "\u{2014}": " ",
    ]

    /// The folded key without a leading article, or nil when there is none to drop.
    static func withoutArticle(_ key: String) -> String? {
        // Every article starts with "a" or "e": most keys are turned away on their first byte.
        guard let first = key.utf8.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "e") else { return nil }
        for article in articles where key.hasPrefix(article) && key.count > article.count + 2 {
            return String(key.dropFirst(article.count))
        }
        return nil
    }

    /// The loose spelling skeleton of a folded key (article dropped first): per word, a trailing
    /// "h" after a vowel is dropped, doubled letters collapse, and inner vowels vanish while the
    /// first letter and a final vowel stay as markers ("qayyarah" → "qyra", "bertela" → "brtla").
    ///
    /// Built for every distinct name of the gazetteer, so it reuses one word buffer and writes
    /// straight into the result.
    static func variant(_ key: String) -> String {
        let base = withoutArticle(key) ?? key
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(24)
        for scalar in base.unicodeScalars {
            if scalar == " " {
                appendSkeleton(of: word, to: &out)
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(scalar)
            }
        }
        appendSkeleton(of: word, to: &out)
        return String(out)
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u": return true
        default: return false
        }
    }

    /// Appends the skeleton of one word, after a space when `out` has a word already; an empty
    /// word (a doubled or edge space) adds nothing.
    private static func appendSkeleton(of word: [Unicode.Scalar], to out: inout String.UnicodeScalarView) {
        guard let first = word.first else { return }
        var end = word.count
        if end > 2, word[end - 1] == "h", isVowel(word[end - 2]) { end -= 1 }
        // Where the last run of equal letters starts: that letter is the word's last once
        // doubled letters collapse.
        var lastRun = end - 1
        while lastRun > 0, word[lastRun - 1] == word[lastRun] { lastRun -= 1 }
        if !out.isEmpty { out.append(" ") }
        out.append(first)
        var previous = first
        var offset = 1
        while offset < end {
            let letter = word[offset]
            if letter != word[offset - 1] {
                if isVowel(letter) {
                    // Any final vowel is the same marker: Bertela/Bartalah end alike, Baghdad/Baghdadi do not.
                    if offset == lastRun {
                        out.append("a")
                        previous = "a"
                    }
                } else if previous != letter {
                    out.append(letter)
                    previous = letter
                }
            }
            offset += 1
        }
    }

    /// True when every letter of `name` is in the Latin script (with its extensions), so it can
    /// match English text.
    package static func isLatin(_ name: String) -> Bool {
        for scalar in name.unicodeScalars where scalar.isAlphabetic {
            let value = scalar.value
            let latin =
                value < 0x250 || (0x1E00...0x1EFF).contains(value) || (0x2B0...0x2FF).contains(value)
                || (0x2C60...0x2C7F).contains(value) || (0xA720...0xA7FF).contains(value)
            if !latin { return false }
        }
        return true
    }
}
