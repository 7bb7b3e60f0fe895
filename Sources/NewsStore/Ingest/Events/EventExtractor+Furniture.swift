extension EventExtractor {
    /// Words that open a credit line ("Photo: Reuters, 2016", "Getty Images").
    private static let creditOpeners = ["photo:", "photos:", "photograph:", "image:", "credit:", "video:", "©"]

    /// Words before a clock time in a byline stamp ("Updated 10:32 AM ET, Mon October 17, 2016").
    private static let stampWords: Set<String> = ["updated", "published", "posted", "modified", "last"]

    /// True for a page's own furniture that carries a date but tells of no event: a byline
    /// timestamp or a photo credit.
    static func isPageFurniture(_ sentence: String) -> Bool {
        // Every credit or stamp has a colon, a copyright sign or a parenthesis; most sentences
        // have none, and lower-casing them all would slow every import.
        let colon = sentence.utf8.contains(UInt8(ascii: ":"))
        let parenthesis = sentence.utf8.first == UInt8(ascii: "(")
        guard colon || parenthesis || sentence.unicodeScalars.contains("\u{00A9}") else { return false }
        let lower = sentence.lowercased()
        let trimmed = lower.drop { $0 == " " || $0 == "(" }
        if creditOpeners.contains(where: { trimmed.hasPrefix($0) }) || lower.contains("getty images")
            || lower.contains("\u{00A9}") || lower.contains("(photo")
        {
            return true
        }
        // A stamp word followed by a clock time within a few words: "Updated 10:32 AM ET".
        let words = lower.split { $0 == " " || $0 == "," }
        for (offset, word) in words.enumerated() where stampWords.contains(String(word)) {
            let following = words.dropFirst(offset + 1).prefix(3)
            if following.contains(where: { $0.contains(":") && $0.first?.isNumber == true }) { return true }
        }
        return false
    }
}
