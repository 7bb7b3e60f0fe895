/// One mention of a place in an `ExportRecord`: where it stands (field and Unicode-scalar
/// offsets into that field's stored text), as written, its sentence, and whether it was matched
/// to the gazetteer.
public struct ExportedMention: Sendable, Hashable, Codable {
    public var field: ArticleField
    /// First scalar, counted from 0.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The name as written ("Khazer").
    public var surface: String
    public var sentence: String
    /// True when the mention was matched to a gazetteer entry.
    public var resolved: Bool

    /// Makes a mention.
    public init(field: ArticleField, start: Int, end: Int, surface: String, sentence: String, resolved: Bool) {
        self.field = field
        self.start = start
        self.end = end
        self.surface = surface
        self.sentence = sentence
        self.resolved = resolved
    }
}
