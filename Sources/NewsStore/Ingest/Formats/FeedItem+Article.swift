import Foundation

extension FeedItem {
    /// The article this item is: the full content when the feed carries it, else the summary.
    /// - Throws: `NewsStoreError.unreadableInput` when the item has neither text.
    func article(origin: String) throws -> CleanedArticle {
        let html = isSummaryOnly ? summary : content
        let body = html.map(HTMLFragment.paragraphs) ?? ""
        guard !body.isEmpty else {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "the feed item has no text (no content, description or summary)")
        }
        let title =
            title.map { TextArticleReader.cleanLine(HTMLFragment.withoutTags($0)) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? TextArticleReader.headlineStart(of: String(body.prefix { $0 != "\n" }))
        let published = HTMLArticleReader.stamp(self.published.map(FeedDate.normalized))
        let updated = HTMLArticleReader.stamp(self.updated.map(FeedDate.normalized))
        return CleanedArticle(
            url: link.flatMap(HTMLArticleReader.absoluteURL),
            title: title,
            body: body,
            authors: authors.map { Byline(name: $0) },
            publishedAt: published.flatMap { PublishedTime(iso: $0.stored) },
            publishedTimeZone: published?.zone,
            updatedAt: updated.flatMap { PublishedTime(iso: $0.stored) },
            updatedTimeZone: updated?.zone,
            source: feedTitle,
            language: HTMLArticleReader.languageTag(language) ?? LanguageGuess.language(of: title + "\n" + body))
    }
}
