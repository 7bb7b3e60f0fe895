/// The second compiler of the one query language: a parsed `SearchQuery` as PostgreSQL
/// `tsquery` text, beside its FTS5 expression, from the same lowered tree (so both engines keep
/// and drop the same parts, with the same notes).
///
/// | newsq          | tsquery                 |
/// |----------------|-------------------------|
/// | `a b`          | `'a' & 'b'`             |
/// | `"a b"`        | `'a' <-> 'b'`           |
/// | `a OR b`       | `'a' \| 'b'`            |
/// | `a -b`         | `'a' & !'b'`            |
/// | `qayy*`        | `'qayy':*`              |
/// | `title:x`      | `'x':A` (B, C, D for highlights, body, captions) |
/// | `al-Shourah`   | `'al' <-> 'shourah'`    |
///
/// Terms are split into words as FTS5's unicode61 tokenizer splits them and lower-cased; each
/// word is a quoted lexeme, so nothing typed becomes tsquery syntax. The text is meant for
/// `to_tsquery('newsq', $1)`, whose configuration folds diacritics as the index does (`Mūşil`
/// becomes musil on both sides).
///
/// ```swift
/// let query = try SearchQuery.parse("al-Shourah OR qayy* -dabiq")
/// try query.tsQuery().match  // ('al' <-> 'shourah' | 'qayy':*) & !'dabiq'
/// ```
extension SearchQuery {
    /// A query as `tsquery` text: the whole of it for matching, and the part that must or may
    /// match for ranking and headlines (`ts_rank` scores any query with a negation near 0).
    package struct TSQuery: Sendable, Equatable {
        /// Every condition, for `search @@ to_tsquery('newsq', match)`.
        package let match: String
        /// The kept part only (exclusions left out), for `ts_rank` and `ts_headline`.
        package let rank: String
    }

    /// The query compiled to `tsquery` text.
    /// - Throws: `NewsStoreError.invalidQuery` only if the text no longer parses, which cannot
    ///   happen for a `SearchQuery` made by `parse(_:)`.
    package func tsQuery() throws -> TSQuery {
        var lexer = SearchQueryLexer(text)
        var parser = SearchQueryParser(tokens: try lexer.tokenize())
        var notes: [String] = []
        guard let root = parser.parse(), let expression = Self.lower(root, notes: &notes).expression else {
            throw NewsStoreError.invalidQuery(query: text, reason: "the query has no words to search for")
        }
        return TSQuery(match: expression.tsQuery, rank: expression.kept.tsQuery)
    }
}

extension FTS5Expression {
    /// The same expression as `tsquery` text; every compound operand is parenthesized, so the
    /// result never depends on tsquery's precedence (`!` over `<->` over `&` over `|`).
    var tsQuery: String {
        switch self {
        case .phrase(let term): return term.tsQueryLexemes.joined(separator: " <-> ")
        case .and(let parts): return parts.map(\.tsQueryOperand).joined(separator: " & ")
        case .or(let parts): return parts.map(\.tsQueryOperand).joined(separator: " | ")
        case .not(let kept, let left): return kept.tsQueryOperand + " & !" + left.tsQueryOperand
        }
    }

    /// The expression without what it leaves out: the left side of every NOT.
    var kept: FTS5Expression {
        switch self {
        case .phrase: return self
        case .and(let parts): return .and(parts.map(\.kept))
        case .or(let parts): return .or(parts.map(\.kept))
        case .not(let kept, _): return kept.kept
        }
    }

    private var tsQueryOperand: String {
        if case .phrase(let term) = self, term.tsQueryLexemes.count == 1 { return tsQuery }
        return "(" + tsQuery + ")"
    }
}

extension SearchTerm {
    /// The term's words as quoted lexemes, split where unicode61 splits and lower-cased; the
    /// field's weight on each, the prefix mark on the last.
    var tsQueryLexemes: [String] {
        let words = text.lowercased().unicodeScalars.split { !SearchTerm.isTokenCharacter($0) }
            .map { String(String.UnicodeScalarView($0)) }
        let weight = field.map(\.tsWeight) ?? ""
        return words.enumerated().map { index, word in
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''")
            let prefix = isPrefix && index == words.count - 1 ? "*" : ""
            let label = prefix + weight
            return "'" + escaped + "'" + (label.isEmpty ? "" : ":" + label)
        }
    }
}

extension ArticleField {
    /// The `setweight` letter the PostgreSQL schema gives this field's words.
    package var tsWeight: String {
        switch self {
        case .title: return "A"
        case .highlights: return "B"
        case .body: return "C"
        case .captions: return "D"
        }
    }
}
