/// One item of an RSS or Atom feed, its fields as the feed gives them.
struct FeedItem: Sendable, Equatable {
    var title: String?
    var link: String?
    var authors: [String] = []
    /// `published`, `pubDate` or `dc:date`.
    var published: String?
    /// Atom `updated`: the publication date only when nothing else is given.
    var updated: String?
    /// Full content (`content:encoded`, Atom `content`), HTML.
    var content: String?
    /// `description` or `summary`, HTML.
    var summary: String?
    /// The feed's own language and title (the outlet).
    var language: String?
    var feedTitle: String?

    /// True when the article is only the summary: the feed carried no full text.
    var isSummaryOnly: Bool { content?.isEmpty ?? true }
}
