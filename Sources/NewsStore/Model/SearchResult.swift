/// Hits of one search, and what the parser noticed about the query.
public struct SearchResult: Sendable, Hashable, Codable {
    public var hits: [SearchHit]
    /// Total matching articles before --limit/--offset.
    public var total: Int
    /// The FTS5 expression that ran.
    public var expression: String
    /// Repairs made to the query ("closed an unbalanced quote"), for a warning line.
    public var notes: [String]
}
