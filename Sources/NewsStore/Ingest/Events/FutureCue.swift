/// Tells whether a sentence speaks about the future, which decides what a bare weekday means:
/// "the final debate on Wednesday night" is next Wednesday in a sentence with "it will be", last
/// Wednesday otherwise.
///
/// Quoted speech is ignored: in `On Monday, the commander said the operation "will likely
/// continue"` the reporting sentence is about the past even though the quote is not.
enum FutureCue {
    /// Single words that put a sentence in the future.
    private static let words: Set<String> = ["will", "won't", "shall", "upcoming", "next", "tomorrow", "coming"]

    /// Word pairs that do ("is scheduled", "set to", "plans to").
    private static let pairs: Set<[String]> = [
        ["is", "scheduled"], ["are", "scheduled"], ["scheduled", "to"], ["scheduled", "for"],
        ["is", "set"], ["are", "set"], ["plans", "to"], ["plan", "to"], ["planning", "to"], ["planned", "for"],
        ["is", "expected"], ["are", "expected"], ["wait", "until"], ["waits", "until"], ["have", "until"],
        ["has", "until"],
    ]

    /// True when the sentence, outside quotation marks, has a future marker.
    static func isAboutFuture(_ sentence: String) -> Bool {
        let words = unquotedWords(sentence)
        for (index, word) in words.enumerated() {
            if self.words.contains(word) || word.hasSuffix("'ll") { return true }
            if index + 1 < words.count, pairs.contains([word, words[index + 1]]) { return true }
        }
        return false
    }

    /// Past-tense words that are not about what is planned ("was", "had", "entered"; not
    /// "scheduled" or "expected").
    private static let pastWords: Set<String> = ["was", "were", "had", "did", "ago", "began", "took", "fell", "won"]
    private static let plannedWords: Set<String> = [
        "scheduled", "expected", "planned", "slated", "supposed", "needed", "proposed", "intended", "aimed",
    ]

    /// True when the sentence, outside quotation marks, tells of the past (the caller checks that
    /// it has no future marker): a bare month there is one already gone ("In June, troops entered
    /// the city").
    /// Call it only when it matters (a bare month): it reads the sentence's words again.
    static func isAboutPast(_ sentence: String) -> Bool {
        return unquotedWords(sentence).contains { word in
            pastWords.contains(word) || (word.count > 4 && word.hasSuffix("ed") && !plannedWords.contains(word))
        }
    }

    /// Lower-cased words outside quotes, curly apostrophes made straight.
    private static func unquotedWords(_ sentence: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for scalar in sentence.unicodeScalars {
            switch scalar {
            case "\"":
                flush()
                quoted.toggle()
            case "“":
                flush()
                quoted = true
            case "”":
                flush()
                quoted = false
            case _ where quoted:
                continue
            case "'", "’":
                if !current.isEmpty { current.append("'") }
            case _ where scalar.isASCII:
                // ASCII letters lowered by hand: a String per scalar was 4 % of an import.
                switch scalar.value {
                case 0x41...0x5A: current.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
                case 0x61...0x7A: current.unicodeScalars.append(scalar)
                default: flush()
                }
            case _ where scalar.isAlphabetic:
                current.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            default:
                flush()
            }
        }
        flush()
        return words
    }
}
