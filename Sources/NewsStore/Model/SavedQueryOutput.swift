/// What running a saved query gives: table rows for SQL, hits for a search.
public enum SavedQueryOutput: Sendable, Hashable {
    case rows(QueryResult)
    case hits(SearchResult)
}
