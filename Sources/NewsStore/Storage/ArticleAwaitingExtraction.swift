/// An article stored by `import --no-extract`, read back for `extract --all`: its id and the
/// cleaned fields extraction reads (title, highlights, body, captions, authors, dates).
package struct ArticleAwaitingExtraction: Sendable {
    package var id: Int
    package var article: CleanedArticle

    package init(id: Int, article: CleanedArticle) {
        self.id = id
        self.article = article
    }
}
