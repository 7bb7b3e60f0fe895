/// Turns the dated sentences of an article into events: every sentence or caption with a date
/// expression yields one event per distinct date it resolves to, with that sentence as evidence.
///
/// ```swift
/// let extractor = EventExtractor()
/// let day = EventExtractor.publicationDay(of: article)       // 2016-10-17
/// let events = extractor.events(in: article, publishedOn: day)
/// // "On Sunday, ISIS surrendered the Syrian city of Dabiq …" → 2016-10-16, weekday-past
/// ```
///
/// `places` is left empty: the caller links places to events by span.
struct EventExtractor {
    private let scanner = NarrativeDateScanner()

    /// Same evidence and same date range: one event, even when a caption is printed twice or a
    /// highlight repeats a body sentence.
    private struct Key: Hashable {
        let label: String
        let start: CalendarDay
        let end: CalendarDay
        let evidence: String
    }

    /// Events in title, highlights, body and captions, in that order and in text order.
    /// Relative expressions ("Monday", "last week") are dropped when `publishedOn` is nil.
    func events(in article: CleanedArticle, publishedOn publication: CalendarDay?) -> [ExtractedEvent] {
        var seen = Set<Key>()
        var events: [ExtractedEvent] = []
        for field in ArticleField.allCases {
            let found = scanner.scan(article.text(of: field), publishedOn: publication, skip: Self.isPageFurniture)
            for item in found {
                let resolved = item.resolved
                let sentence = item.sentence
                let key = Key(
                    label: resolved.date.label, start: resolved.start, end: resolved.end, evidence: sentence.text)
                guard seen.insert(key).inserted else { continue }
                events.append(
                    ExtractedEvent(
                        date: resolved.date, expression: item.expression.text, rule: resolved.rule,
                        evidence: sentence.text, span: TextSpan(field: field, start: sentence.start, end: sentence.end))
                )
            }
        }
        return events
    }
}
