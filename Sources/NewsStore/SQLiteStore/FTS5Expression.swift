/// An FTS5 query expression built only from quoted phrases and the operators AND, OR and NOT,
/// so its text is valid FTS5 by construction.
indirect enum FTS5Expression: Sendable, Equatable {
    case phrase(SearchTerm)
    case and([FTS5Expression])
    case or([FTS5Expression])
    /// FTS5's NOT is binary: rows matching the left side and not the right.
    case not(FTS5Expression, FTS5Expression)

    /// Every part of `parts` must match; nested ANDs are flattened.
    static func all(_ parts: [FTS5Expression]) -> FTS5Expression? {
        let flat = parts.flatMap { part -> [FTS5Expression] in
            if case .and(let inner) = part { return inner }
            return [part]
        }
        return flat.count > 1 ? .and(flat) : flat.first
    }

    /// Any part of `parts` may match; nested ORs are flattened.
    static func any(_ parts: [FTS5Expression]) -> FTS5Expression? {
        let flat = parts.flatMap { part -> [FTS5Expression] in
            if case .or(let inner) = part { return inner }
            return [part]
        }
        return flat.count > 1 ? .or(flat) : flat.first
    }

    /// The FTS5 text. Every compound part is parenthesized, so the result never depends on
    /// FTS5's precedence (NOT over AND over OR) or on how a column filter binds.
    var text: String {
        switch self {
        case .phrase(let term): return term.fts5
        case .and(let parts): return parts.map(\.operand).joined(separator: " AND ")
        case .or(let parts): return parts.map(\.operand).joined(separator: " OR ")
        case .not(let kept, let left): return kept.operand + " NOT " + left.operand
        }
    }

    private var operand: String {
        if case .phrase = self { return text }
        return "(" + text + ")"
    }

    /// The terms that must or may match (not those on the right of a NOT).
    var positiveTerms: [SearchTerm] {
        switch self {
        case .phrase(let term): return [term]
        case .and(let parts), .or(let parts): return parts.flatMap(\.positiveTerms)
        case .not(let kept, _): return kept.positiveTerms
        }
    }
}
