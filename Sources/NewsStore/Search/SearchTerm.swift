import Foundation

/// One word or phrase of a user query, as the user wrote it, before it becomes FTS5 text.
struct SearchTerm: Sendable, Equatable {
    /// The text without surrounding quotes or trailing stars ("al-Shourah", "victory bell").
    var text: String
    /// True when the user wrote it in quotes.
    var isQuoted: Bool
    /// True when the user ended it with `*` (match words that start with the last token).
    var isPrefix: Bool
    /// The one field to search, or nil for all of them.
    var field: ArticleField?

    /// The term as FTS5 text: always one double-quoted string (inner `"` doubled), so nothing the
    /// user typed (`NEAR`, `^`, `:`, `+`, `*` mid-word, `.`) can become FTS5 syntax. FTS5
    /// tokenizes inside the quotes with the table's tokenizer, so `"al-Shourah"` is the phrase
    /// al shourah and `"Qayyara's"` the phrase qayyara s — exactly the tokens the index holds.
    /// The prefix star goes outside the quotes: `"qayy" *` finds Qayyara, `"qayy*"` finds nothing.
    var fts5: String {
        var result = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        if isPrefix { result += " *" }
        if let field { result = field.rawValue + " : " + result }
        return result
    }

    /// The term the way a user would write it again (`title:"victory bell"`, `qayy*`), for notes.
    var display: String {
        var result = isQuoted ? "\"" + text + "\"" : text
        if isPrefix { result += "*" }
        if let field { result = field.rawValue + ":" + result }
        return result
    }

    /// The text a highlighter looks for: the words without field or quotes, `*` kept on prefixes.
    var highlightText: String { isPrefix ? text + "*" : text }

    /// Whether the text holds at least one character the FTS5 unicode61 tokenizer indexes.
    /// A term without one (`***`, `^`, `""`) would be an empty phrase, which silently matches
    /// nothing, so the parser drops it with a note instead.
    var hasTokens: Bool { text.unicodeScalars.contains(where: SearchTerm.isTokenCharacter) }

    /// Mirrors SQLite's unicode61 tokenizer: letters, numbers and private-use characters are
    /// token characters by the Unicode 6.1 tables it was built from, and it keeps any character
    /// those tables do not know (newer or unassigned code points, such as most emoji).
    static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        guard let age = properties.age, age.major < 6 || (age.major == 6 && age.minor <= 1) else {
            return true
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
