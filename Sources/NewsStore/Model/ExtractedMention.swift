/// One occurrence of a place name in the text.
public struct ExtractedMention: Sendable, Hashable, Codable {
    /// The name as written ("Khazer").
    public var surface: String
    public var span: TextSpan
    /// The sentence (or caption) it stands in.
    public var sentence: String

    /// Makes a mention.
    public init(surface: String, span: TextSpan, sentence: String) {
        self.surface = surface
        self.span = span
        self.sentence = sentence
    }
}
