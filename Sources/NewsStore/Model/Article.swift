/// A stored article with its authors.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var url: String?
    public var title: String
    public var highlights: [String]
    public var body: String
    public var captions: [String]
    /// UTC ISO 8601 instant, or a bare 'YYYY-MM-DD' date.
    public var publishedAt: PublishedTime?
    public var publishedTimeZone: String?
    public var updatedAt: PublishedTime?
    public var updatedTimeZone: String?
    public var source: String?
    public var section: String?
    public var language: String?
    /// SHA-256 (hex) of the cleaned title and body, used to recognise re-imports.
    public var contentHash: String
    /// File path, URL or '-' it was imported from.
    public var importedFrom: String
    public var importedAt: String
    public var authors: [Byline]
}
