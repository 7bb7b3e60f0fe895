/// The parts of an article that are indexed and that mentions and events point into.
public enum ArticleField: String, Sendable, Codable, CaseIterable {
    case title, highlights, body, captions
}
