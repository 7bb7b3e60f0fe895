/// One search result.
public struct SearchHit: Sendable, Hashable, Codable {
    public var article: ArticleSummary
    /// bm25 score with the sign flipped, so larger is better.
    public var score: Double
    /// A short extract with each match between `SearchHit.matchStart` and `SearchHit.matchEnd`.
    public var snippet: String

    /// Marks the start of a matched term in `snippet` (STX, never found in article text).
    public static let matchStart = "\u{2}"
    /// Marks the end of a matched term in `snippet` (ETX).
    public static let matchEnd = "\u{3}"
}
