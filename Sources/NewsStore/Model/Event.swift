/// A stored event.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var articleID: Int
    public var articleTitle: String
    /// The days it can mean and how exactly it is known.
    public var date: EventDate
    public var expression: String
    public var rule: String
    public var evidence: String
    /// Names of the places in the evidence sentence.
    public var places: [String]

    /// An event, as the store returns them (also for drawing or testing without a store).
    public init(
        id: Int, articleID: Int, articleTitle: String, date: EventDate, expression: String, rule: String,
        evidence: String, places: [String]
    ) {
        self.id = id
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.date = date
        self.expression = expression
        self.rule = rule
        self.evidence = evidence
        self.places = places
    }
}
