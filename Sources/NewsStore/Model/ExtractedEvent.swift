/// Something the article reports as happening on a date.
public struct ExtractedEvent: Sendable, Hashable, Codable {
    /// The days the expression can mean, as precise as the text allows.
    public var date: EventDate
    /// The date expression as written ("Wednesday night", "more than two years ago").
    public var expression: String
    /// The rule that resolved it ("weekday-past", "weekday-future", "years-ago", "absolute-day" …).
    public var rule: String
    /// The sentence or caption that reports the event.
    public var evidence: String
    /// Where the evidence sentence sits.
    public var span: TextSpan
    /// Names of the places (as in `ExtractedPlace.name`) mentioned in the same sentence.
    public var places: [String]

    /// Makes an event.
    public init(
        date: EventDate, expression: String, rule: String,
        evidence: String, span: TextSpan, places: [String] = []
    ) {
        self.date = date
        self.expression = expression
        self.rule = rule
        self.evidence = evidence
        self.span = span
        self.places = places
    }
}
