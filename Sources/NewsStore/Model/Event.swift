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
}
