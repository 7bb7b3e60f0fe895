/// A cheap language check: English text is full of a few short function words. newsq only
/// needs to know "plainly English" (to run its English rules) versus "something else".
enum LanguageGuess {
    /// The most frequent English function words; in running English prose they make up a third or
    /// more of the words, in other languages almost none.
    private static let englishStopWords: Set<String> = [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "he",
        "she", "at", "are", "be", "this", "from", "have", "has", "had", "not", "but", "or", "an", "they", "his",
        "her", "their", "we", "you", "i", "will", "would", "been", "were", "which", "who", "what", "there",
        "its", "can", "than", "about", "said", "more", "after", "into", "when", "if", "so", "no", "our", "all",
    ]

    /// Fewest words needed before guessing at all.
    private static let minimumWords = 4

    /// "en" when at least a fifth of the words are English function words, else nil.
    static func language(of text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0 == "'") }.map { $0.trimmingCharacters(in: ["'"]) }
        guard words.count >= minimumWords else { return nil }
        let hits = words.filter { englishStopWords.contains($0) }.count
        return Double(hits) >= 0.2 * Double(words.count) ? "en" : nil
    }
}
