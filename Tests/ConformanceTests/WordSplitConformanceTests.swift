import Foundation
import NewsStore
import Testing

/// Text full of tokens PostgreSQL's parser keeps whole (numbers with points or signs, hosts,
/// e-mail addresses, URLs, abbreviations with points) is split into the same words on both
/// engines, so every search finds on PostgreSQL what it finds on SQLite.
@Suite struct WordSplitConformanceTests {
    static let article = """
        Markets steady after the vote

        By Lena Park, Reuters

        Updated 9:00 AM ET, Mon October 17, 2016

        GDP grew 3.5 percent, the ministry said on 2016-10-17 in release 10.1.2 of its bulletin.
        Write to john.smith@cnn.com or read cnn.com/2016/10/17/markets for U.S. figures.
        F-16s flew over snake_case streets; prices rose +7 and fell -5 in C++ terms.
        """

    /// Each query with whether SQLite finds the article.
    static let queries: [(query: String, found: Bool)] = [
        ("3.5", true), ("3", true), ("5", true), ("17", true), ("10", true), ("10.1.2", true),
        ("\"release 10\"", true), ("smith", true), ("john.smith@cnn.com", true), ("cnn", true),
        ("com", true), ("markets", true), ("u.s.", true), ("\"U S figures\"", true), ("16s", true),
        ("snake", true), ("case", true), ("7", true), ("\"fell 5\"", true), ("\"3 percent\"", false),
        ("35", false), ("cnn.org", false),
    ]

    private func answers(on engine: ConformanceEngine) throws -> [String: Bool] {
        let fixture = try ConformanceStore(engine)
        let summary = try fixture.news.importArticle(Data(Self.article.utf8), origin: "markets.txt")
        #expect(summary.failed.isEmpty)
        var found: [String: Bool] = [:]
        for (query, _) in Self.queries { found[query] = try fixture.news.search(query).total == 1 }
        return found
    }

    @Test func sqliteSplitsOddTokensIntoWords() throws {
        let found = try answers(on: .sqlite)
        for (query, expected) in Self.queries { #expect(found[query] == expected, "\(query)") }
    }

    @Test(
        .enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
    func postgreSQLSplitsThemAsSQLiteDoes() throws {
        let found = try answers(on: .postgresql)
        for (query, expected) in Self.queries { #expect(found[query] == expected, "\(query) on PostgreSQL") }
    }
}
