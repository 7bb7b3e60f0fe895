extension SearchQuery {
    /// A node split into what must match and what must not. FTS5's NOT is binary (`a NOT b`),
    /// so exclusions are carried up to the nearest AND that has something to keep.
    struct Lowered {
        /// What must match; nil means "anything", which FTS5 cannot express on its own.
        var kept: FTS5Expression?
        /// What must not match.
        var excluded: [FTS5Expression]

        /// `kept NOT (excluded…)`, or nil when nothing is kept.
        var expression: FTS5Expression? {
            guard let kept else { return nil }
            guard let left = FTS5Expression.any(excluded) else { return kept }
            return .not(kept, left)
        }
    }

    /// Turns the parsed query into FTS5 parts, noting exclusions it cannot express.
    static func lower(_ node: SearchQueryNode, notes: inout [String]) -> Lowered {
        switch node {
        case .term(let term):
            return Lowered(kept: .phrase(term), excluded: [])
        case .all(let parts):
            let lowered = parts.map { lower($0, notes: &notes) }
            return Lowered(
                kept: FTS5Expression.all(lowered.compactMap(\.kept)),
                excluded: lowered.flatMap(\.excluded))
        case .any(let parts):
            var alternatives: [FTS5Expression] = []
            for part in parts {
                if let expression = lower(part, notes: &notes).expression {
                    alternatives.append(expression)
                } else {
                    // "a OR -b" would mean "a, or anything without b": almost everything.
                    notes.append(
                        "ignored \(part.display) inside OR: leaving a word out only works next to words to find")
                }
            }
            return Lowered(kept: FTS5Expression.any(alternatives), excluded: [])
        case .excluding(let part):
            let inner = lower(part, notes: &notes)
            if let expression = inner.expression {
                return Lowered(kept: nil, excluded: [expression])
            }
            // Leaving out "everything except x" keeps x: `-(-dabiq)` is dabiq.
            return Lowered(kept: FTS5Expression.any(inner.excluded), excluded: [])
        }
    }
}
