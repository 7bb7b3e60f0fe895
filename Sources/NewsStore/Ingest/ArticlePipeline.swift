import Foundation

/// Reader (HTML page or plain text, told apart by content; gzip inflated first) → cleaner → extractors: everything an
/// import stores for one input, computed without touching a database. `newsq extract` prints this; `NewsStore` writes it.
struct ArticlePipeline {
    let gazetteer: GazetteerIndex

    /// Reads, cleans and extracts one article.
    /// - Parameter publishedOverride: a day used instead of the article's own
    ///   (for texts that carry none).
    /// - Throws: `NewsStoreError.unreadableInput` when the input is not an article.
    func extract(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws -> ExtractedArticle {
        extract(from: try Self.clean(data, origin: origin, publishedOverride: publishedOverride))
    }

    /// The reader and cleaner alone: cheap enough to recognise a re-import before extracting.
    /// - Throws: `NewsStoreError.unreadableInput` when the input is not an article.
    static func clean(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws -> CleanedArticle {
        try cleanPage(data, origin: origin, publishedOverride: publishedOverride).article
    }

    /// A page or text (gzipped or not) read and cleaned, with a warning when its body came out
    /// nearly empty although the page had much more text. A web archive's `url` and capture
    /// date fill in only what the page does not say itself.
    /// - Throws: `NewsStoreError.unreadableInput` when the input is not an article.
    static func cleanPage(
        _ data: Data, origin: String, publishedOverride: CalendarDay? = nil, url: String? = nil,
        captured: PublishedTime? = nil
    ) throws -> (article: CleanedArticle, note: String?) {
        var bytes = GzipInflater.isGzip(data) ? try GzipInflater.decompress(data, origin: origin) : data
        if MarkdownText.isMarkdown(name: origin), let text = String(data: bytes, encoding: .utf8) {
            bytes = Data(MarkdownText.plain(text).utf8)
        }
        let isHTML = InputFormat.detect(head: bytes.prefix(InputFormat.sniffBytes), name: origin) == .html
        var article =
            isHTML
            ? try HTMLArticleReader().read(bytes, origin: origin) : try TextArticleReader().read(bytes, origin: origin)
        if article.url == nil, let url { article.url = HTMLArticleReader.absoluteURL(url) }
        if article.publishedAt == nil && article.updatedAt == nil, let captured {
            article.publishedAt = captured
            article.publishedTimeZone = nil
        }
        let note = isHTML ? ThinBodyCheck.note(body: article.body, page: bytes) : nil
        return (finish(article, publishedOverride: publishedOverride), note)
    }

    /// The dates every reader's article gets settled the same way: the override wins; a page
    /// that shows only "Updated …" was published no later than that, the best date known.
    static func finish(_ article: CleanedArticle, publishedOverride: CalendarDay?) -> CleanedArticle {
        var article = article
        if let publishedOverride {
            article.publishedAt = .day(publishedOverride)
            article.publishedTimeZone = nil
        } else if article.publishedAt == nil, let updated = article.updatedAt {
            article.publishedAt = updated
            article.publishedTimeZone = article.updatedTimeZone
        }
        return article
    }

    /// Places and events of a cleaned article, events linked to the places of their sentence.
    func extract(from article: CleanedArticle) -> ExtractedArticle {
        let places = PlaceExtractor(index: gazetteer).places(in: article)
        let day = EventExtractor.publicationDay(of: article)
        let events = EventExtractor().events(in: article, publishedOn: day).map { event in
            var linked = event
            linked.places = Self.placeNames(in: event.span, among: places)
            return linked
        }
        return ExtractedArticle(article: article, places: places, events: events)
    }

    /// Places with a mention inside `span` (the event's sentence), in order of first mention.
    static func placeNames(in span: TextSpan, among places: [ExtractedPlace]) -> [String] {
        places.filter { place in
            place.mentions.contains {
                $0.span.field == span.field && $0.span.start >= span.start && $0.span.end <= span.end
            }
        }.map(\.name)
    }
}
