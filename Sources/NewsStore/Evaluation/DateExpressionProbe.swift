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
        NarrativeDateScanner().scan(text, publishedOn: publication).map { item in
            Found(
                start: item.sentence.start + item.expression.start, end: item.sentence.start + item.expression.end,
                text: item.expression.text, date: item.resolved.date, rule: item.resolved.rule)
        }
    }
}
