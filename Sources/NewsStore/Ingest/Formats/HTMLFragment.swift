import Foundation

/// HTML found inside a feed item or a JSON field, cleaned as a page body is: wrapped into a page
/// and read by the HTML reader, so paragraphs, furniture and entities are handled the same way.
enum HTMLFragment {
    /// The text of `html` as stored paragraphs (a blank line between); plain text passes through.
    static func paragraphs(_ html: String) -> String {
        guard html.contains("<") else { return JSONArticleReader.paragraphs(html) }
        let page = "<html><head><meta charset=\"utf-8\"></head><body><article>\(html)</article></body></html>"
        if let article = try? HTMLArticleReader().read(Data(page.utf8), origin: "fragment"), !article.body.isEmpty {
            return article.body
        }
        return JSONArticleReader.paragraphs(withoutTags(html))
    }

    /// The text of `html` with every tag removed and block ends as line breaks (for a title
    /// with markup, or a fragment the reader finds no paragraphs in).
    static func withoutTags(_ html: String) -> String {
        var text = html.replacing(#/(?i)<(br|/p|/div|/li|/h[1-6])\b[^>]*>/#, with: "\n")
        text = text.replacing(#/(?is)<script\b.*?</script\s*>/#, with: "")
        text = text.replacing(#/(?is)<style\b.*?</style\s*>/#, with: "")
        text = text.replacing(#/<[^>]*>/#, with: "")
        return HTMLEntities.decode(text)
    }
}
