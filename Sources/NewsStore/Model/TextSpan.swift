/// Where a piece of extracted text sits: a field and Unicode-scalar offsets into its stored text
/// (`CleanedArticle.text(of:)`), so scripts in any language can slice it.
public struct TextSpan: Sendable, Hashable, Codable {
    public var field: ArticleField
    /// First scalar, counted from 0.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// Makes a span.
    public init(field: ArticleField, start: Int, end: Int) {
        self.field = field
        self.start = start
        self.end = end
    }
}
