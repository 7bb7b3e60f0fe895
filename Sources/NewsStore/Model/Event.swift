/// A stored event.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var articleID: Int
    public var articleTitle: String
    /// 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'.
    public var date: String
    public var start: String
    public var end: String
    public var precision: DatePrecision
    public var expression: String
    public var rule: String
    public var evidence: String
    /// Names of the places in the evidence sentence.
    public var places: [String]
}
