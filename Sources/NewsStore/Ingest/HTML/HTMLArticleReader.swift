import Foundation

/// Reads a saved news web page into a `CleanedArticle`.
///
/// Metadata is taken in order of trust: schema.org JSON-LD first (what the publisher tells search
/// engines), then `<meta>` tags (Open Graph, `article:*`, `author`), then the visible page (`<h1>`,
/// `<title>`, a "By …" line). The body is the text of the `<article>` element, or of the element whose
/// own paragraphs hold the most text, without scripts, navigation, headers, footers, forms and
/// blocks whose class or id marks them as sharing, related links, newsletters, comments or ads.
struct HTMLArticleReader {
    /// Largest page read: saved news pages with their inline scripts run to a few megabytes.
    static let maximumBytes = 12_000_000

    /// True when the bytes look like an HTML page rather than plain text: the start of the file (after
    /// a byte-order mark, blanks and comments) is markup that an HTML page opens with.
    static func looksLikeHTML(_ data: Data) -> Bool {
        var head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        let start = head.drop { $0.isWhitespace }
        guard start.hasPrefix("<") else { return false }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return true }
        return ["<html", "<head", "<body", "<meta ", "<title>", "<article", "<div", "<p>"].contains {
            head.contains($0)
        }
    }

    /// Reads a page.
    ///
    /// ```swift
    /// let article = try HTMLArticleReader().read(pageData, origin: "mosul.html")
    /// article.title  // "What happens after ISIS loses Mosul?"
    /// ```
    /// - Throws: `NewsStoreError.unreadableInput` when the page is empty, too large, in an encoding
    ///   other than UTF-8 or Latin-1/windows-1252, or has no article text.
    func read(_ data: Data, origin: String) throws -> CleanedArticle {
        let text = try Self.decodedText(data, origin: origin)
        let document = HTMLNode.document(parsing: text)
        let page = HTMLPageMetadata(document: document)
        let jsonLD = JSONLDArticle.first(in: page.jsonLDScripts)

        var extraction = BodyExtraction(document: document)
        let title = Self.title(jsonLD: jsonLD, page: page)
        var paragraphs = extraction.paragraphs(droppingTitle: title)
        if paragraphs.isEmpty {
            // Nothing left after dropping furniture: the story may sit inside an unclosed form or a
            // block with a misleading class, so read again judging only what is visible.
            extraction = BodyExtraction(document: document, lenient: true)
            paragraphs = extraction.paragraphs(droppingTitle: title)
            // Read that way, menus come along: only a page with at least one real sentence counts.
            if !paragraphs.contains(where: { $0.split(separator: " ").count >= 8 }) { paragraphs = [] }
        }
        if let body = jsonLD?.articleBody {
            // The publisher's own body text wins when the page shows much less of it (paywalls,
            // text rendered by script).
            let lines = body.components(separatedBy: .newlines).map {
                TextArticleReader.cleanLine(HTMLEntities.decode($0))
            }.filter { !$0.isEmpty }
            let shown = paragraphs.reduce(0) { $0 + $1.count }
            if lines.reduce(0, { $0 + $1.count }) > 2 * shown { paragraphs = lines }
        }
        guard !paragraphs.isEmpty else {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "no article text found in the HTML page (no paragraphs outside navigation, scripts and "
                    + "page furniture); save the article page itself, or give its text as a .txt file")
        }
        let bodyText = paragraphs.joined(separator: "\n\n")
        let finalTitle = title ?? TextArticleReader.headlineStart(of: paragraphs[0])

        let authors = Self.authors(jsonLD: jsonLD, page: page, bylineText: extraction.bylineText)
        let pageURL =
            jsonLD?.url.flatMap(Self.absoluteURL) ?? page.value("og:url").flatMap(Self.absoluteURL)
            ?? page.canonicalURL.flatMap(Self.absoluteURL)
        let (published, updated) = Self.stamps(jsonLD: jsonLD, page: page, pageURL: pageURL)
        let language =
            Self.languageTag(jsonLD?.inLanguage ?? page.language ?? page.value("og:locale", "content-language"))
            ?? LanguageGuess.language(of: finalTitle + "\n" + bodyText)
        return CleanedArticle(
            url: pageURL,
            title: finalTitle,
            body: bodyText,
            captions: extraction.captions,
            bylineText: extraction.bylineText,
            authors: authors,
            publishedAt: published.flatMap { PublishedTime(iso: $0.stored) },
            publishedTimeZone: published?.zone,
            updatedAt: updated.flatMap { PublishedTime(iso: $0.stored) },
            updatedTimeZone: updated?.zone,
            source: page.value("og:site_name", "application-name") ?? jsonLD?.publisher,
            section: jsonLD?.section ?? page.value("article:section"),
            language: language
        )
    }
}
