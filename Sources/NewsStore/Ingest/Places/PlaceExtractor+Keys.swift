import Foundation

extension PlaceExtractor {
    /// `PlaceNameKey.fold` of the text from the first token's start to the last one's end, built
    /// from the keys the tokenizer folded once per word when single spaces join the words (the
    /// fold of "New York" is the fold of "New", a space, the fold of "York"; a word that folds to
    /// nothing adds nothing). Windows of capitalised words are looked up four lengths at a time,
    /// so folding their text again and again was a good part of place extraction. Any other gap
    /// (", ", ". ", a line break) is folded from the text itself, as before.
    static func key(of tokens: ArraySlice<PlaceToken>, scalars: [Unicode.Scalar]) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        if tokens.count == 1 { return first.key }
        guard tokens.dropFirst().allSatisfy({ $0.gapBefore == " " }) else {
            return PlaceNameKey.fold(String(scalars: scalars[first.start..<last.end]))
        }
        var key = ""
        for token in tokens where !token.key.isEmpty {
            if !key.isEmpty { key.append(" ") }
            key.append(token.key)
        }
        return key
    }

    /// `gap.contains(":")`: for an ASCII gap (nearly all are one space) a byte scan; any other gap
    /// goes to Foundation's search as before (5 % of an import went to bridging gaps to `NSString`).
    static func hasColon(_ gap: String) -> Bool {
        let utf8 = gap.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.contains(UInt8(ascii: ":")) }
        return gap.contains(":")
    }
}
