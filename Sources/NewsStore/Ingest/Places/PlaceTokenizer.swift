/// Splits a field into `PlaceToken`s: letter runs joined across inner hyphens and apostrophes,
/// with "U.S."-style initials kept whole.
struct PlaceTokenizer {
    func tokens(in text: String, sentenceStarts: Set<Int>) -> [PlaceToken] {
        let scalars = Array(text.unicodeScalars)
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
            var piece = String.UnicodeScalarView(scalars[start..<end])
            var tokenEnd = end
            trim(&piece, end: &tokenEnd)
            let word = String(piece)
            let gap = String(String.UnicodeScalarView(scalars[previousEnd..<start]))
            let letters = word.unicodeScalars.filter { $0.isAlphabetic }
            let first = word.unicodeScalars.first
            let capitalised = (first?.isUppercase ?? false) || Self.hasArticlePrefix(word)
            tokens.append(
                PlaceToken(
                    text: word, start: start, end: tokenEnd, isCapitalised: capitalised,
                    isAllCaps: letters.count >= 2 && letters.allSatisfy { $0.isUppercase },
                    isSentenceStart: sentenceStarts.contains(start), gapBefore: gap))
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

    /// Drops a possessive ("Iraq's", "ISIS'") and a lowercase hyphenated tail ("Iraq-led").
    private func trim(_ piece: inout String.UnicodeScalarView, end: inout Int) {
        var scalars = Array(piece)
        if scalars.count > 2, scalars[scalars.count - 1] == "s" || scalars[scalars.count - 1] == "S",
            scalars[scalars.count - 2] == "'" || scalars[scalars.count - 2] == "\u{2019}"
        {
            scalars.removeLast(2)
        }
        let hyphenated = scalars.contains { $0 == "-" || $0 == "\u{2010}" }
        if hyphenated, scalars.first?.isUppercase == true,
            !Self.hasArticlePrefix(String(String.UnicodeScalarView(scalars)))
        {
            // Cut at the first hyphen followed by a lowercase letter: "ISIS-controlled" → "ISIS".
            for offset in scalars.indices.dropFirst() where scalars[offset] == "-" || scalars[offset] == "\u{2010}" {
                if offset + 1 < scalars.count, scalars[offset + 1].isLowercase {
                    scalars.removeSubrange(offset...)
                    break
                }
            }
        }
        end -= piece.count - scalars.count
        piece = String.UnicodeScalarView(scalars)
    }
}
