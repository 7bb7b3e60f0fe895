/// A user's search, parsed from the small language people know from web search and turned into
/// an FTS5 expression that is valid by construction.
///
/// The language:
/// - words side by side must all appear: `mosul dabiq`; `AND` may be written but changes nothing
/// - `"quoted phrases"`; a phrase or word ending in `*` matches by prefix: `qayy*`
/// - `OR` (capitals only) matches either side and binds tighter than the space between words:
///   `mosul OR dabiq raqqa` is `(mosul OR dabiq) raqqa`. Lower-case `or` is searched as a word
///   (a note says so), so `mosul or dabiq` looks for all three words.
/// - `-word`, `-"a phrase"`, `-(a OR b)` and `NOT word` leave articles out; a `-` inside a word
///   (`al-Shourah`) is part of the name. A query of exclusions only is refused, because FTS5
///   cannot match "everything except".
/// - `title:`, `highlights:`, `body:`, `captions:` (also `highlight:`, `caption:`) limit a word,
///   phrase or group to one field: `title:mosul`, `body:"victory bell"`, `title:(mosul OR dabiq)`.
/// - parentheses group.
/// - names with hyphens or apostrophes are searched as the name: `al-Shourah` is the phrase
///   "al shourah", `Qayyara's` the phrase "qayyara s", as the index tokenizes them. Diacritics
///   fold both ways: `Mūşil` finds Musil and `Musil` finds Mūşil.
///
/// Mistakes are repaired or reported, never passed to SQLite: an unclosed quote runs to the end,
/// unmatched parentheses are closed or ignored, operators without words on both sides are
/// dropped; each repair adds a line to `notes` for the CLI to print as a warning.
///
/// ```swift
/// let query = try SearchQuery.parse("al-Shourah OR qayy* -dabiq")
/// query.fts5Expression  // ("al-Shourah" OR "qayy" *) NOT "dabiq"
/// ```
public struct SearchQuery: Sendable, Equatable {
    /// The longest query accepted, in characters.
    public static let maximumLength = 1_000
    /// The most words and phrases one query may hold.
    public static let maximumTerms = SearchQueryLexer.maximumTerms

    /// The text as the user typed it.
    public let text: String
    /// The expression to bind to `article_fts MATCH ?`.
    public let fts5Expression: String
    /// What was repaired or ignored, one sentence each, for the CLI to print as warnings.
    public let notes: [String]
    /// The words and phrases that must or may match, as typed, without quotes or fields; a
    /// prefix term keeps its trailing `*` ("qayy*"). For highlighting or explaining a search.
    public let terms: [String]

    /// Parses a query in the search language.
    /// - Throws: `NewsStoreError.invalidQuery` when the query is empty, too long, has too many
    ///   terms, names an unknown field, only excludes words, or has nothing left to search for.
    public static func parse(_ text: String) throws -> SearchQuery {
        guard text.unicodeScalars.contains(where: { !$0.isWhitespace && $0 != "\0" }) else {
            throw NewsStoreError.invalidQuery(query: text, reason: "empty query")
        }
        let length = text.count
        guard length <= maximumLength else {
            throw NewsStoreError.invalidQuery(
                query: String(text.prefix(60)) + "…",
                reason: "the query is \(length) characters long; the limit is \(maximumLength)")
        }
        var lexer = SearchQueryLexer(text)
        let tokens = try lexer.tokenize()
        var parser = SearchQueryParser(tokens: tokens)
        let root = parser.parse()
        var notes = lexer.notes + parser.notes

        guard let root else {
            let reason: String
            if parser.droppedOperator {
                reason = "the query has no words to search for; AND, OR and NOT need words on both sides"
            } else if let field = parser.emptyField {
                reason =
                    "the query has no words to search for; \(field.rawValue): needs a word after it, as in \(field.rawValue):mosul"
            } else {
                reason = "the query has no words to search for; use letters or digits"
            }
            throw NewsStoreError.invalidQuery(query: text, reason: reason)
        }
        let lowered = lower(root, notes: &notes)
        guard let expression = lowered.expression else {
            let excluded = lowered.excluded.flatMap(\.positiveTerms).map { "-" + $0.display }.joined(separator: " ")
            let reason =
                lowered.excluded.isEmpty
                ? "the query has no words to search for; a word left out inside OR cannot be searched"
                : "the query only leaves words out (\(excluded)); full-text search needs at least one "
                    + "word to look for, as in: mosul -dabiq"
            throw NewsStoreError.invalidQuery(query: text, reason: reason)
        }
        return SearchQuery(
            text: text,
            fts5Expression: expression.text,
            notes: notes.reduce(into: []) { unique, note in
                if !unique.contains(note) { unique.append(note) }
            },
            terms: expression.positiveTerms.map(\.highlightText))
    }
}
