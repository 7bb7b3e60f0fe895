/// Builds a `SearchQueryNode` from lexer tokens.
///
/// Grammar, loosest first, as in web search:
/// ```
/// query    := unary ( [AND] unary | OR unary )*     words side by side must all match
/// unary    := ('-' | NOT) unary | field ':' unary | '(' query ')' | word | "phrase"
/// ```
/// OR binds tighter than the AND between words, so `mosul OR dabiq raqqa` means
/// `(mosul OR dabiq) raqqa` — what a web search does, not what raw FTS5 does.
/// Nothing here throws: stray operators, empty groups, unmatched parentheses and terms without
/// letters or digits are dropped or repaired, each with a note.
struct SearchQueryParser {
    private let tokens: [SearchQueryLexer.Token]
    private var position = 0
    /// What was repaired or ignored, in words a user can read.
    private(set) var notes: [String] = []
    /// True when an operator was dropped for lack of words around it (shapes the error message
    /// when nothing searchable remains).
    private(set) var droppedOperator = false
    /// A field prefix that had nothing after it (`title:`), for the same reason.
    private(set) var emptyField: ArticleField?

    init(tokens: [SearchQueryLexer.Token]) {
        self.tokens = tokens
    }

    /// The whole query, or nil when nothing searchable remains.
    mutating func parse() -> SearchQueryNode? {
        Self.combine(parseSequence(depth: 0))
    }

    // MARK: Rules

    private mutating func parseSequence(depth: Int) -> [SearchQueryNode] {
        var items: [SearchQueryNode] = []
        while let token = peek {
            switch token {
            case .close:
                if depth > 0 { return items }
                notes.append("ignored an unmatched )")
                position += 1
            case .and:
                position += 1
                if items.isEmpty || !startsOperand(peek) {
                    dropOperator("AND")
                }
            case .or:
                position += 1
                guard let left = items.last, startsOperand(peek) else {
                    dropOperator("OR")
                    continue
                }
                guard let right = parseUnary() else { continue }
                items[items.count - 1] = .any(Self.alternatives(of: left) + Self.alternatives(of: right))
            default:
                if let node = parseUnary() { items.append(node) }
            }
        }
        return items
    }

    private mutating func parseUnary() -> SearchQueryNode? {
        guard let token = peek else { return nil }
        position += 1
        switch token {
        case .minus, .not:
            let name = token == .not ? "NOT" : "-"
            guard startsOperand(peek) else {
                dropOperator(name)
                return nil
            }
            return parseUnary().map { .excluding($0) }
        case .field(let field):
            guard startsOperand(peek) else {
                emptyField = field
                notes.append("ignored \(field.rawValue): with nothing after it; write \(field.rawValue):word")
                return nil
            }
            return parseUnary()?.restricted(to: field)
        case .open:
            let items = parseSequence(depth: 1)
            if peek == .close {
                position += 1
            } else {
                notes.append("added a missing ) at the end of the query")
            }
            if items.isEmpty { notes.append("ignored an empty ( )") }
            return Self.combine(items)
        case .word(let text, let prefix):
            return term(text: text, quoted: false, prefix: prefix)
        case .phrase(let text, let prefix):
            return term(text: text, quoted: true, prefix: prefix)
        case .and, .or, .close:
            // startsOperand(_:) keeps these from reaching here; step back so the caller sees them.
            position -= 1
            return nil
        }
    }

    private mutating func term(text: String, quoted: Bool, prefix: Bool) -> SearchQueryNode? {
        let term = SearchTerm(text: text, isQuoted: quoted, isPrefix: prefix, field: nil)
        guard term.hasTokens else {
            notes.append("ignored \(term.display): it has no letters or digits to search for")
            return nil
        }
        return .term(term)
    }

    // MARK: Helpers

    private var peek: SearchQueryLexer.Token? { position < tokens.count ? tokens[position] : nil }

    private func startsOperand(_ token: SearchQueryLexer.Token?) -> Bool {
        switch token {
        case .word, .phrase, .field, .minus, .not, .open: return true
        case .and, .or, .close, nil: return false
        }
    }

    private mutating func dropOperator(_ name: String) {
        droppedOperator = true
        let what = name == "-" ? "a - with nothing after it" : name
        notes.append("ignored \(what): AND, OR and NOT need words on both sides")
    }

    private static func combine(_ items: [SearchQueryNode]) -> SearchQueryNode? {
        items.count > 1 ? .all(items) : items.first
    }

    private static func alternatives(of node: SearchQueryNode) -> [SearchQueryNode] {
        if case .any(let parts) = node { return parts }
        return [node]
    }
}
