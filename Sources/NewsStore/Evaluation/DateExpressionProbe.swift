/// Every date expression the event extractor would see in a text, with its resolved date and
/// its place in the text, for scoring against annotated corpora (package access: the
/// `newsq-eval` tool uses it; events themselves keep one entry per date and sentence).
package enum DateExpressionProbe {
    /// One recognised and resolved expression.
    package struct Found: Equatable, Sendable {
        /// Unicode scalar offsets into the text given to `expressions(in:publishedOn:)`.
        package var start: Int
        package var end: Int
        package var text: String
        package var date: EventDate
        /// The resolver's rule id ("absolute-day", "relative-year" …).
        package var rule: String
    }

    /// The expressions of `text`, sentence by sentence as `EventExtractor` finds them, resolved
    /// against `publication` (relative ones are dropped when it is nil).
    package static func expressions(in text: String, publishedOn publication: CalendarDay?) -> [Found] {
        let recognizer = DateExpressionRecognizer()
        let resolver = DateResolver()
        var found: [Found] = []
        for sentence in SentenceSplitter().sentences(in: text) {
            let expressions = recognizer.expressions(in: sentence.text)
            guard !expressions.isEmpty else { continue }
            let aboutFuture = FutureCue.isAboutFuture(sentence.text)
            for expression in expressions {
                guard let resolved = resolver.resolve(expression, publishedOn: publication, aboutFuture: aboutFuture)
                else { continue }
                found.append(
                    Found(
                        start: sentence.start + expression.start, end: sentence.start + expression.end,
                        text: expression.text, date: resolved.date, rule: resolved.rule))
            }
        }
        return found
    }
}
