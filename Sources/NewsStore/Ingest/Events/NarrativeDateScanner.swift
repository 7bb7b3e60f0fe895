/// Reads a text's date expressions sentence by sentence, resolving each against the publication
/// day and the date the text last named (`NarrativeAnchor`), as events and the evaluation probe
/// both need them.
struct NarrativeDateScanner {
    /// One resolved expression in its sentence.
    struct Found {
        let sentence: SentenceSplitter.Sentence
        let expression: DateExpression
        let resolved: ResolvedDate
    }

    private let splitter = SentenceSplitter()
    private let recognizer = DateExpressionRecognizer()
    private let resolver = DateResolver()

    /// The resolved expressions of `text` in order; sentences for which `skip` is true are passed
    /// over (page furniture).
    func scan(_ text: String, publishedOn publication: CalendarDay?, skip: (String) -> Bool = { _ in false })
        -> [Found]
    {
        var found: [Found] = []
        var anchor: NarrativeAnchor?
        var paragraph = 0
        var lastEnd = 0
        let scalars = Array(text.unicodeScalars)
        for sentence in splitter.sentences(in: text) {
            if sentence.start > lastEnd, scalars[lastEnd..<sentence.start].contains("\n") { paragraph += 1 }
            lastEnd = sentence.end
            let expressions = recognizer.expressions(in: sentence.text)
            guard !expressions.isEmpty, !skip(sentence.text) else { continue }
            let aboutFuture = FutureCue.isAboutFuture(sentence.text)
            let hasBareMonth = expressions.contains { expression in
                if case .month(_, nil) = expression.kind { return true }
                return false
            }
            let aboutPast = hasBareMonth && !aboutFuture && FutureCue.isAboutPast(sentence.text)
            for expression in expressions {
                // A bare month or day takes the year of a passage about another year than the
                // publication's, named in its paragraph or the one before, unless the sentence
                // speaks of the future.
                let yearAnchor = anchor.flatMap { anchor in
                    anchor.isExplicit && anchor.paragraph >= paragraph - 1 && !aboutFuture
                        && anchor.date.start.year != publication?.year ? anchor : nil
                }
                guard
                    let resolved = resolver.resolve(
                        expression, publishedOn: publication, aboutFuture: aboutFuture, aboutPast: aboutPast,
                        anchor: anchor, yearAnchor: yearAnchor)
                else { continue }
                found.append(Found(sentence: sentence, expression: expression, resolved: resolved))
                if let next = Self.anchor(after: expression, resolved, yearAnchor: yearAnchor, previous: anchor) {
                    anchor = NarrativeAnchor(date: next.date, isExplicit: next.isExplicit, paragraph: paragraph)
                }
            }
        }
        return found
    }

    /// The anchor an expression leaves: its date, explicit when its year was written or counted
    /// from an explicit date. Decades are too coarse to count from and leave the anchor alone.
    private static func anchor(
        after expression: DateExpression, _ resolved: ResolvedDate, yearAnchor: NarrativeAnchor?,
        previous: NarrativeAnchor?
    ) -> (date: EventDate, isExplicit: Bool)? {
        switch expression.kind {
        case .decade:
            return nil
        case .monthDay(_, _, .some), .month(_, .some), .year, .season(_, .some, _):
            return (resolved.date, true)
        case .monthDay(_, _, nil), .month(_, nil):
            return (resolved.date, yearAnchor != nil)
        case .anaphoric:
            return (resolved.date, previous?.isExplicit ?? false)
        default:
            return (resolved.date, false)
        }
    }
}
