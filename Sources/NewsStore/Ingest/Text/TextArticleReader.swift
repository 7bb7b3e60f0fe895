import Foundation

/// Reads raw scraped article text (a page's visible text, one block per line, as a scraper leaves
/// it) into a `CleanedArticle`: title, byline, stamps, highlights, captions once each, and the body
/// without page furniture.
///
/// The cleaner works from the *shape* of lines, never from a list of known sentences:
/// counters ("3 of 17"), captions printed twice around a gallery label, short lines without sentence
/// punctuation that repeat or duplicate a neighbour (cross-link headlines), imperative promo lines
/// that name a platform ("Join us on Twitter"), runs of file-name tokens, and a contributor note that
/// ends "The opinions expressed in this commentary are his." A dateline such as "(CNN)" marks where
/// the story starts and names its source.
///
/// The title is the first line that is not metadata when it is headline-shaped (at most 25 words,
/// not ending in a period) and more text follows. Otherwise — a story printed as one long line —
/// it is the text up to the first sentence end, cut to 15 words with "…"; that line stays in the body.
struct TextArticleReader {
    /// Longest title taken from the start of running text, in words.
    static let titleWordLimit = 15

    /// Largest input read as one article: news articles are tens of kilobytes, and extraction
    /// time grows with the length of a sentence, so a mistaken multi-megabyte dump is refused.
    static let maximumBytes = 2_000_000

    /// Reads UTF-8 bytes.
    ///
    /// - Throws: `NewsStoreError.unreadableInput` when the bytes are empty, larger than
    ///   `maximumBytes`, binary (NUL bytes) or not UTF-8, or when `read(_:origin:)` does.
    func read(_ data: Data, origin: String) throws -> CleanedArticle {
        guard !data.isEmpty else { throw Self.emptyInput(origin) }
        guard data.count <= Self.maximumBytes else {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "too large for one article (\(data.count.formatted()) bytes; the limit is "
                    + "\(Self.maximumBytes.formatted())); split it into articles first")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "UTF-16 text; convert it to UTF-8 first, e.g. `iconv -f utf-16 -t utf-8`")
        }
        guard !data.contains(0) else {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "binary data (it contains NUL bytes), not text; give a plain-text article")
        }
        // Decoding repairs bad bytes with U+FFFD; if the repaired text's bytes differ, the input was not UTF-8.
        // (`String(validating:as:)` would say it directly but needs macOS 15.)
        let text = String(decoding: data, as: UTF8.self)
        guard text.utf8.elementsEqual(data) else {
            throw NewsStoreError.unreadableInput(
                path: origin, reason: "not UTF-8 text; convert it first, e.g. `iconv -f latin1 -t utf-8`")
        }
        return try read(text, origin: origin)
    }

    /// Reads article text.
    ///
    /// ```swift
    /// let article = try TextArticleReader().read(text, origin: "mosul.txt")
    /// article.title  // "What happens after ISIS loses Mosul?"
    /// ```
    /// - Throws: `NewsStoreError.unreadableInput` when the text is empty or nothing in it can be a title.
    func read(_ text: String, origin: String) throws -> CleanedArticle {
        let lines = Self.normalizedLines(of: text)
        guard lines.contains(where: { !$0.isEmpty }) else { throw Self.emptyInput(origin) }

        var draft = Draft(lines: lines)
        draft.findDateline()
        draft.markHighlights()
        draft.markMetadata()
        draft.markGallery()
        draft.markFurniture()
        draft.markContributorNotes()
        guard let title = draft.chooseTitle(), !title.isEmpty else {
            throw NewsStoreError.unreadableInput(
                path: origin,
                reason: "no article text found (only page furniture such as captions, counters or links); "
                    + "give the article's own text")
        }
        draft.markRepeatedHeadlines()

        var body = draft.bodyParagraphs()
        if body.isEmpty, let titleIndex = draft.titleIndex {
            // A text that is only a headline: the headline is also all there is to read.
            body = [draft.lines[titleIndex]]
        }
        let bodyText = body.joined(separator: "\n\n")
        return CleanedArticle(
            title: title,
            highlights: draft.highlights,
            body: bodyText,
            captions: draft.captions,
            bylineText: draft.bylineText,
            authors: draft.authors,
            publishedAt: draft.published.flatMap { PublishedTime(iso: $0.storedText) },
            publishedTimeZone: draft.published?.timeZoneName,
            updatedAt: draft.updated.flatMap { PublishedTime(iso: $0.storedText) },
            updatedTimeZone: draft.updated?.timeZoneName,
            source: draft.source ?? Self.sharedOutlet(of: draft.authors),
            language: LanguageGuess.language(of: title + "\n" + bodyText)
        )
    }

    /// The outlet every author shares, used as the source when there is no dateline.
    private static func sharedOutlet(of authors: [Byline]) -> String? {
        let outlets = Set(authors.map(\.outlet))
        guard outlets.count == 1, let outlet = outlets.first else { return nil }
        return outlet
    }

    private static func emptyInput(_ origin: String) -> NewsStoreError {
        .unreadableInput(path: origin, reason: "empty input; give a file with the article's text")
    }
}
