import Foundation
import NewsStore
import Testing

/// One question asked of a loaded store, answered as a set of lines (order never matters unless
/// the case puts it into a line itself), and the answer known from the articles, where a person
/// has written it down.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// The answer the articles give; nil where only agreement between engines is checked
    /// (the corpus pages' places).
    let expected: Set<String>?
    let observe: @Sendable (NewsStore, ConformanceEngine) throws -> Set<String>

    var testDescription: String { name }

    init(
        name: String, expected: Set<String>?,
        observe: @escaping @Sendable (NewsStore, ConformanceEngine) throws -> Set<String>
    ) {
        self.name = name
        self.expected = expected
        self.observe = observe
    }

    /// A case that reads the store only.
    init(name: String, expected: Set<String>?, _ observe: @escaping @Sendable (NewsStore) throws -> Set<String>) {
        self.init(name: name, expected: expected) { store, _ in try observe(store) }
    }

    /// A result value as text.
    static func text(_ value: SQLiteValue) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .text(let text): return text
        case .blob(let bytes): return "blob \(bytes.count)"
        }
    }

    /// Titles of the articles a search finds, all of them (no page cut).
    static func search(_ query: String, _ options: SearchOptions = SearchOptions(), expected: Set<String>)
        -> ConformanceCase
    {
        ConformanceCase(name: "search \(query)", expected: expected) { store, _ in
            var options = options
            options.limit = 1_000
            return Set(try store.search(query, options).hits.map(\.article.title))
        }
    }

    /// What a case observes, or the error's words when it throws (an error is an answer too).
    func answer(_ store: NewsStore, on engine: ConformanceEngine) -> Set<String> {
        do {
            return try observe(store, engine)
        } catch {
            return ["error: \(error)"]
        }
    }
}
