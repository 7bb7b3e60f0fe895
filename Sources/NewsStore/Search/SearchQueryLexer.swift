import Foundation

/// Splits user query text into tokens: words, quoted phrases, field prefixes, `-`, the
/// upper-case operators AND, OR and NOT, and parentheses.
///
/// Repairs what it can and says so in `notes`: an unclosed quote runs to the end of the query,
/// a lone `-` is ignored. Control characters (NUL included) count as spaces.
struct SearchQueryLexer {
    /// One piece of a query.
    enum Token: Equatable {
        case word(String, prefix: Bool)
        case phrase(String, prefix: Bool)
        case field(ArticleField)
        case minus
        case and, or, not
        case open, close
    }

    /// The most words and phrases one query may hold; more is almost surely pasted text.
    static let maximumTerms = 64
    /// The deepest nesting of parentheses, and the longest run of `-`, NOT and field prefixes
    /// before one term. The parser recurses once per level; this keeps its stack small.
    static let maximumNesting = 32

    private let query: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var tokens: [Token] = []
    private var termCount = 0
    /// What was repaired, in words a user can read.
    private(set) var notes: [String] = []

    init(_ query: String) {
        self.query = query
        self.scalars = Array(query.unicodeScalars)
    }

    /// The tokens of the whole query.
    /// - Throws: `NewsStoreError.invalidQuery` for an unknown field (`foo:bar`) or too many terms.
    mutating func tokenize() throws -> [Token] {
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                index += 1
            } else if scalar == "(" {
                tokens.append(.open)
                index += 1
            } else if scalar == ")" {
                tokens.append(.close)
                index += 1
            } else if Self.isQuote(scalar) {
                try lexPhrase()
            } else if scalar == "-" {
                lexMinus()
            } else if try !lexField() {
                try lexWord()
            }
        }
        try checkNesting()
        return tokens
    }

    // MARK: Pieces

    /// `-` starts an exclusion only at the start of a term and only when something follows
    /// directly (`-dabiq`, `-"victory bell"`, `-(a OR b)`); inside a word (`al-Shourah`) the
    /// word lexer keeps it as text.
    private mutating func lexMinus() {
        var next = index
        while next < scalars.count, scalars[next] == "-" { next += 1 }
        index = next
        if next == scalars.count || Self.isSpace(scalars[next]) || scalars[next] == ")" {
            notes.append("ignored a lone -; write -word (no space) to leave out articles with that word")
        } else {
            tokens.append(.minus)
        }
    }

    /// A known field name and a colon (`title:`, `Caption:`) becomes a field token. An unknown
    /// name followed by more text (`foo:bar`) is an error, since the user meant a field;
    /// `Mosul:` followed by a space, `10:30` and `http://…` stay ordinary text.
    /// - Returns: whether a field token was read.
    private mutating func lexField() throws -> Bool {
        var end = index
        while end < scalars.count, scalars[end].isASCII, scalars[end].isAlphabetic { end += 1 }
        guard end > index, end < scalars.count, scalars[end] == ":" else { return false }
        let name = String(String.UnicodeScalarView(scalars[index..<end]))
        let after = end + 1
        if let field = Self.field(named: name) {
            tokens.append(.field(field))
            index = after
            return true
        }
        if after == scalars.count || Self.isSpace(scalars[after]) || scalars[after] == "/" || scalars[after] == ")" {
            return false
        }
        throw NewsStoreError.invalidQuery(
            query: query,
            reason: "unknown field \(name); fields are title, highlights, body, captions")
    }

    /// A word runs to the next space, parenthesis or quote. Trailing stars make it a prefix.
    private mutating func lexWord() throws {
        let start = index
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) || scalar == "(" || scalar == ")" || Self.isQuote(scalar) { break }
            index += 1
        }
        var text = String(String.UnicodeScalarView(scalars[start..<index]))
        var prefix = false
        while text.hasSuffix("*") {
            text.removeLast()
            prefix = true
        }
        // Operators are upper case, bare, and not the subject of - or a field (`-OR` is a word).
        let bare = !prefix && tokens.last != .minus && !Self.isField(tokens.last)
        if bare, let op = Self.operators[text] {
            tokens.append(op)
            return
        }
        if bare && !prefix {
            switch text.lowercased() {
            case "or": notes.append("searched for the word \"\(text)\"; write OR in capitals to match either side")
            case "not":
                notes.append("searched for the word \"\(text)\"; write NOT in capitals, or -word, to leave a word out")
            default: break
            }
        }
        try appendTerm(.word(text, prefix: prefix))
    }

    /// A phrase runs to the closing quote, or to the end of the query when there is none.
    private mutating func lexPhrase() throws {
        index += 1
        let start = index
        while index < scalars.count, !Self.isQuote(scalars[index]) { index += 1 }
        let inside = scalars[start..<index].map { Self.isSpace($0) ? " " : $0 }
        let text = String(String.UnicodeScalarView(inside)).trimmingCharacters(in: .whitespaces)
        if index < scalars.count {
            index += 1
        } else {
            guard !text.isEmpty else {
                notes.append("ignored a lone \" at the end of the query")
                return
            }
            notes.append("the quote before \"\(text)\" was not closed; searched it as a phrase to the end of the query")
        }
        var prefix = false
        while index < scalars.count, scalars[index] == "*" {
            index += 1
            prefix = true
        }
        try appendTerm(.phrase(text, prefix: prefix))
    }

    private func checkNesting() throws {
        var depth = 0
        var run = 0
        for token in tokens {
            switch token {
            case .open: depth += 1
            case .close: depth = max(0, depth - 1)
            default: break
            }
            switch token {
            case .minus, .not, .field: run += 1
            default: run = 0
            }
            guard depth <= Self.maximumNesting, run <= Self.maximumNesting else {
                throw NewsStoreError.invalidQuery(
                    query: query,
                    reason: "the query nests parentheses, NOT, - or fields more than \(Self.maximumNesting) deep; "
                        + "write it more simply")
            }
        }
    }

    private mutating func appendTerm(_ token: Token) throws {
        termCount += 1
        guard termCount <= Self.maximumTerms else {
            throw NewsStoreError.invalidQuery(
                query: query,
                reason: "the query has more than \(Self.maximumTerms) words and phrases; search for fewer words")
        }
        tokens.append(token)
    }

    // MARK: Characters

    private static let operators: [String: Token] = ["AND": .and, "OR": .or, "NOT": .not]

    /// Field names, with the singular forms people type.
    static func field(named name: String) -> ArticleField? {
        switch name.lowercased() {
        case "title": return .title
        case "highlights", "highlight": return .highlights
        case "body": return .body
        case "captions", "caption": return .captions
        default: return nil
        }
    }

    private static func isField(_ token: Token?) -> Bool {
        if case .field = token { return true }
        return false
    }

    /// Spaces, and control characters (NUL would end the expression early inside SQLite).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWhitespace || scalar.isControl
    }

    /// The ASCII quote and the typographic quotes pasted text brings (“ ” „).
    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" || scalar == "\u{201E}"
    }
}
