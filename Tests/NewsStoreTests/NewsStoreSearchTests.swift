import Foundation
import Testing

@testable import NewsStore

/// Searches on the sample data (the seed) plus one article of our own.
@Suite struct NewsStoreSearchTests {
    let store: NewsStore
    let floodsID: Int

    init() throws {
        store = try StoreFixtures.seeded()
        let summary = store.importFiles([try StoreFixtures.file("floods.txt", StoreFixtures.floods)])
        floodsID = try #require(summary.imported.first?.articleID)
    }

    func ids(_ query: String, _ options: SearchOptions = SearchOptions()) throws -> Set<Int> {
        Set(try store.search(query, options).hits.map(\.article.id))
    }

    @Test func findsTheSeedByPlaceNamesAsUsersWriteThem() throws {
        #expect(try ids("al-Shourah") == [1])
        #expect(try ids("qayy*") == [1])
        #expect(try ids("\"victory bell\"") == [1])
        #expect(try ids("Qayyara's").isEmpty)  // the seed never writes the possessive
        #expect(try ids("mosul") == [1, floodsID])
    }

    @Test func combinesWordsWithOrAndExclusions() throws {
        #expect(try ids("mosul OR dabiq") == [1, floodsID])
        #expect(try ids("mosul -dabiq") == [floodsID])
        #expect(try ids("mosul NOT dabiq") == [floodsID])
        #expect(try ids("title:mosul") == [1, floodsID])
        #expect(try ids("title:dabiq").isEmpty)
    }

    @Test func repairsAnUnbalancedQuoteAndSaysSo() throws {
        let result = try store.search("\"mosul")
        #expect(Set(result.hits.map(\.article.id)) == [1, floodsID])
        #expect(!result.notes.isEmpty)
    }

    @Test func refusesAQueryWithNothingToSearchInPlainWords() throws {
        let error = try #require(throws: NewsStoreError.self) { try store.search("AND") }
        #expect(!error.description.contains("fts5"))
        #expect(throws: NewsStoreError.self) { try store.search("   ") }
    }

    @Test func ranksTitleMatchesAboveBodyMatchesAndMarksSnippets() throws {
        let result = try store.search("floods")
        #expect(result.hits.first?.article.id == floodsID)
        let snippet = try #require(result.hits.first?.snippet)
        #expect(
            snippet.contains(SearchHit.matchStart + "Floods" + SearchHit.matchEnd)
                || snippet.contains(SearchHit.matchStart + "flooded"))
    }

    @Test func filtersByDateAuthorPlaceAndSource() throws {
        #expect(try ids("mosul", SearchOptions(since: CalendarDay(iso: "2016-10-18"))) == [floodsID])
        #expect(try ids("mosul", SearchOptions(until: CalendarDay(iso: "2016-10-17"))) == [1])
        #expect(try ids("mosul", SearchOptions(author: "bergen")) == [1])
        #expect(try ids("mosul", SearchOptions(author: "jane doe")) == [floodsID])
        #expect(try ids("mosul", SearchOptions(place: "Qayyara")) == [1])
        #expect(try ids("mosul", SearchOptions(source: "cnn")) == [1])
    }

    @Test func sortsAndPagesAndCounts() throws {
        let newest = try store.search("mosul", SearchOptions(sort: .oldest))
        #expect(newest.hits.first?.article.id == 1)
        #expect(newest.total == 2)
        let paged = try store.search("mosul", SearchOptions(limit: 1, offset: 1))
        #expect(paged.hits.count == 1)
        #expect(paged.total == 2)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func rawSearchGivesTheSameArticlesAsTheSqlite3CLI() throws {
        for expression in [
            "mosul", "\"al\" + \"shourah\"", "qayy*", "mosul NOT dabiq", "NEAR(victory bell, 3)", "title : mosul",
        ] {
            let ours = try store.search(expression, SearchOptions(sort: .oldest, limit: 1_000, raw: true)).hits.map(
                \.article.id)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [
                store.path,
                "SELECT rowid FROM article_fts WHERE article_fts MATCH '\(expression.replacingOccurrences(of: "'", with: "''"))' ORDER BY rowid",
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let theirs = output.split(separator: "\n").compactMap { Int($0) }
            #expect(ours == theirs, "raw \(expression)")
        }
    }

    @Test func rawSearchReportsInvalidFTS5InPlainWords() throws {
        let error = try #require(throws: NewsStoreError.self) {
            try store.search("mosul AND (", SearchOptions(raw: true))
        }
        guard case .invalidFTS5Expression(let expression, let message) = error else {
            Issue.record("expected invalidFTS5Expression, got \(error)")
            return
        }
        #expect(expression == "mosul AND (" && message.contains("syntax error"))
        #expect(error.description.contains("raw FTS5 syntax"))
    }
}
