/// Splits a field into `PlaceToken`s: letter runs joined across inner hyphens and apostrophes,
/// with "U.S."-style initials kept whole.
///
/// It runs over every word of every article, so it works on the scalar array by index and makes
/// each word's text, key and gap once (`String(scalars:)`, an ASCII fold) instead of through
/// intermediate scalar views and arrays.
struct PlaceTokenizer {
    func tokens(in text: String, sentenceStarts: Set<Int>) -> [PlaceToken] {
        tokens(in: Array(text.unicodeScalars), sentenceStarts: sentenceStarts)
    }

    /// The tokens of a text already split into scalars (the extractor needs them too).
    func tokens(in scalars: [Unicode.Scalar], sentenceStarts: Set<Int>) -> [PlaceToken] {
        var tokens: [PlaceToken] = []
        var index = 0
        var previousEnd = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isAlphabetic || scalar.isNumeric
        }
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var end = index
            while end < scalars.count {
                if isWordScalar(scalars[end]) {
                    end += 1
                } else if end + 1 < scalars.count, Self.joiners.contains(scalars[end]), isWordScalar(scalars[end + 1]) {
                    end += 1
                } else if scalars[end] == ".", end + 1 < scalars.count, scalars[end + 1].isUppercase,
                    end - start == 1 || (end >= 2 && scalars[end - 2] == "."),
                    end + 2 >= scalars.count || scalars[end + 2] == "."
                {
                    end += 1  // U.S., U.K.: single capitals with dots
                } else {
                    break
                }
            }
            if end < scalars.count, scalars[end] == ".", end - start >= 3, scalars[end - 2] == "." { end += 1 }
            let tokenEnd = trimmedEnd(scalars, start: start, end: end)
            let word = scalars[start..<tokenEnd]
            var letters = 0
            var allCaps = true
            for scalar in word where scalar.isAlphabetic {
                letters += 1
                if !scalar.isUppercase { allCaps = false }
            }
            let capitalised = scalars[start].isUppercase || Self.hasArticlePrefix(word)
            let text = String(scalars: word)
            tokens.append(
                PlaceToken(
                    text: text, key: Self.foldedKey(word, text: text), start: start, end: tokenEnd,
                    isCapitalised: capitalised, isAllCaps: letters >= 2 && allCaps,
                    isSentenceStart: sentenceStarts.contains(start),
                    gapBefore: String(scalars: scalars[previousEnd..<start])))
            previousEnd = tokenEnd
            index = end
        }
        return tokens
    }

    static let joiners: Set<Unicode.Scalar> = ["-", "'", "\u{2019}", "\u{2010}", "\u{2011}"]

    /// "al-Shourah", "el-Arish": a lowercase article, a hyphen, a capital.
    static func hasArticlePrefix(_ word: String) -> Bool {
        let lower = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"]
        guard let prefix = lower.first(where: { word.hasPrefix($0) }) else { return false }
        return word.unicodeScalars.dropFirst(prefix.unicodeScalars.count).first?.isUppercase ?? false
    }

    /// The same test on a word's scalars; every article starts with "a" or "e", so nearly every
    /// word is answered by its first scalar.
    static func hasArticlePrefix(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first, first == "a" || first == "e" else { return false }
        return hasArticlePrefix(String(scalars: word))
    }

    /// `PlaceNameKey.fold(text)`, answered from the bytes for an ASCII word (lowercase letters and
    /// digits, apostrophes and backquotes dropped, anything else a single separating space).
    static func foldedKey(_ word: ArraySlice<Unicode.Scalar>, text: String) -> String {
        guard word.allSatisfy({ $0.value < 0x80 }) else { return PlaceNameKey.fold(text) }
        // Most words are lowercase letters already: their key is their text, storage shared.
        if word.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var pendingSpace = false
        for scalar in word {
            var byte = UInt8(truncatingIfNeeded: scalar.value)
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                byte |= 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            default:
                pendingSpace = true
                continue
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            pendingSpace = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where the word ends once a possessive ("Iraq's", "ISIS'") and a lowercase hyphenated tail
    /// ("Iraq-led") are dropped.
    private func trimmedEnd(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        var end = end
        if end - start > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
            scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}"
        {
            end -= 2
        }
        let hyphenated = scalars[start..<end].contains { $0 == "-" || $0 == "\u{2010}" }
        if hyphenated, scalars[start].isUppercase, !Self.hasArticlePrefix(scalars[start..<end]) {
            // Cut at the first hyphen followed by a lowercase letter: "ISIS-controlled" → "ISIS".
            for offset in (start + 1)..<end where scalars[offset] == "-" || scalars[offset] == "\u{2010}" {
                if offset + 1 < end, scalars[offset + 1].isLowercase { return offset }
            }
        }
        return end
    }
}
