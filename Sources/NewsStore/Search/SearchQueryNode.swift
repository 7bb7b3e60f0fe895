/// The parsed shape of a user query: terms combined by AND, OR and exclusion.
///
/// Built by `SearchQueryParser`, turned into FTS5 text by `SearchQuery.lower(_:)`.
indirect enum SearchQueryNode: Sendable, Equatable {
    /// A word or phrase.
    case term(SearchTerm)
    /// Every part must match (words side by side, or explicit AND).
    case all([SearchQueryNode])
    /// Any part may match (OR).
    case any([SearchQueryNode])
    /// The part must not match (`-word`, `NOT word`).
    case excluding(SearchQueryNode)

    /// The node with `field` set on every term that has none; an inner field wins
    /// (`title:(mosul body:dabiq)` keeps dabiq in the body).
    func restricted(to field: ArticleField) -> SearchQueryNode {
        switch self {
        case .term(var term):
            if term.field == nil { term.field = field }
            return .term(term)
        case .all(let parts): return .all(parts.map { $0.restricted(to: field) })
        case .any(let parts): return .any(parts.map { $0.restricted(to: field) })
        case .excluding(let part): return .excluding(part.restricted(to: field))
        }
    }

    /// The node written back in the user's language, for notes.
    var display: String {
        switch self {
        case .term(let term): return term.display
        case .all(let parts): return "(" + parts.map(\.display).joined(separator: " ") + ")"
        case .any(let parts): return "(" + parts.map(\.display).joined(separator: " OR ") + ")"
        case .excluding(let part): return "-" + part.display
        }
    }
}
