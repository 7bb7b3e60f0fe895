/// One capitalised window of a field that may name a place, with what the text around it says.
struct PlaceCandidate {
    var field: ArticleField
    /// Token positions in the field, `first..<last+1`.
    var tokens: Range<Int>
    var surface: String
    var span: TextSpan
    var sentence: String
    /// Folded key of the surface.
    var key: String
    /// Exact gazetteer matches (may be empty).
    var matches: [GazetteerEntry]
    /// A region of regions.tsv the window names ("Middle East").
    var region: RegionRecord?
    /// What a kind pattern says ("the village of X" → village), if any.
    var patternKind: PlaceKind?
    /// The country a pattern gives ("the Syrian city of X" → SY).
    var patternCountry: String?
    /// Whether the text says it is a place at all (a pattern, a distance, a list of places).
    var hasPlaceEvidence: Bool { patternKind != nil }
    /// Number of words in the window.
    var wordCount: Int { tokens.count }
    /// The window's text is a common English word or sentence-initial ordinary word.
    var isCommonWord: Bool
    var isSentenceStart: Bool
    /// Preceded by "the" ("the West").
    var afterThe: Bool
    /// Start of the sentence in the field, to find the places named beside it.
    var sentenceStart: Int
}
