import Foundation

/// Reader → cleaner → extractors: everything an import stores for one input, computed without
/// touching a database. `newsq extract` prints this; `NewsStore` writes it.
struct ArticlePipeline {
    let gazetteer: GazetteerIndex

    /// Reads, cleans and extracts one article.
    /// - Parameter publishedOverride: a 'YYYY-MM-DD' date used instead of the article's own
    ///   (for texts that carry none).
    /// - Throws: `NewsStoreError.unreadableInput` when the input is not an article.
    func extract(_ data: Data, origin: String, publishedOverride: String? = nil) throws -> ExtractedArticle {
        var article = try TextArticleReader().read(data, origin: origin)
        if let publishedOverride {
            article.publishedAt = publishedOverride
            article.publishedTimeZone = nil
        } else if article.publishedAt == nil, let updated = article.updatedAt {
            // A page that shows only "Updated …" was published no later than that: the best date known.
            article.publishedAt = updated
            article.publishedTimeZone = article.updatedTimeZone
        }
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
