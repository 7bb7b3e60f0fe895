/// An article as the readers and cleaner leave it: clean text in its parts, and what the page
/// says about itself. Highlights and captions are joined by newlines when stored, so mention
/// and event offsets point into `text(of:)`.
public struct CleanedArticle: Sendable, Hashable, Codable {
    public var url: String?
    public var title: String
    /// "Story highlights" bullets, in order.
    public var highlights: [String]
    /// The article text, paragraphs separated by a blank line.
    public var body: String
    /// Gallery captions, each once, in order.
    public var captions: [String]
    /// The byline as printed, if there was one.
    public var bylineText: String?
    /// The people in the byline.
    public var authors: [Byline]
    /// Publication instant as stored text: UTC ISO 8601, or a bare 'YYYY-MM-DD' date.
    public var publishedAt: PublishedTime?
    /// The zone the publication time was given in ('America/New_York').
    public var publishedTimeZone: String?
    public var updatedAt: PublishedTime?
    public var updatedTimeZone: String?
    /// The outlet or dateline source ("CNN" from "(CNN)").
    public var source: String?
    public var section: String?
    /// BCP 47 language tag, when known ("en").
    public var language: String?

    /// Makes a cleaned article.
    public init(
        url: String? = nil, title: String, highlights: [String] = [], body: String, captions: [String] = [],
        bylineText: String? = nil, authors: [Byline] = [], publishedAt: PublishedTime? = nil,
        publishedTimeZone: String? = nil, updatedAt: PublishedTime? = nil, updatedTimeZone: String? = nil,
        source: String? = nil, section: String? = nil, language: String? = nil
    ) {
        self.url = url
        self.title = title
        self.highlights = highlights
        self.body = body
        self.captions = captions
        self.bylineText = bylineText
        self.authors = authors
        self.publishedAt = publishedAt
        self.publishedTimeZone = publishedTimeZone
        self.updatedAt = updatedAt
        self.updatedTimeZone = updatedTimeZone
        self.source = source
        self.section = section
        self.language = language
    }

    /// The stored text of one field: lists joined by newlines.
    public func text(of field: ArticleField) -> String {
        switch field {
        case .title: return title
        case .highlights: return highlights.joined(separator: "\n")
        case .body: return body
        case .captions: return captions.joined(separator: "\n")
        }
    }
}
