import Foundation

/// Reader (HTML page or plain text, told apart by content) → cleaner → extractors: everything an
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
        var article =
            HTMLArticleReader.looksLikeHTML(data)
            ? try HTMLArticleReader().read(data, origin: origin) : try TextArticleReader().read(data, origin: origin)
        if let publishedOverride {
            article.publishedAt = .day(publishedOverride)
            article.publishedTimeZone = nil
        } else if article.publishedAt == nil, let updated = article.updatedAt {
            // A page that shows only "Updated …" was published no later than that: the best date known.
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
