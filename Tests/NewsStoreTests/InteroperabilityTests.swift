import Foundation
import Testing

@testable import NewsStore

/// A newsq database is an ordinary SQLite file that the ecosystem's tools understand: sqlite-utils
/// and Datasette find its full-text index (they look for `content="article"` in its declaration).
/// These tests run the real CLIs from PyPI (`pip install sqlite-utils datasette`, as .ci/run does)
/// and skip when they are not installed.
@Suite struct InteroperabilityTests {
    static let sqliteUtils = ExternalTool("sqlite-utils")
    static let datasette = ExternalTool("datasette")

    /// A closed database file holding the seed article and a second one about floods, whose
    /// text has "mosul" but not "dabiq".
    static func twoArticleDatabase() throws -> (path: String, seedID: Int, floodsID: Int) {
        let store = try StoreFixtures.small()
        let floods = try StoreFixtures.file("floods.txt", StoreFixtures.floods)
        let summary = store.importFiles([TestSupport.seedURL.path, floods])
        try #require(summary.failed.isEmpty && summary.imported.count == 2)
        let seedID = try #require(try store.search("dabiq").hits.first?.article.id)
        let floodsID = try #require(try store.search("floods").hits.first?.article.id)
        return (store.path, seedID, floodsID)  // the store closes here: the CLIs see a checkpointed file
    }

    /// The `id` of every object in a JSON array.
    static func ids(inJSONArray text: String) throws -> [Int] {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "\(text)")
        return rows.compactMap { $0["id"] as? Int }.sorted()
    }

    @Test func theIndexIsDeclaredWithTheSpellingTheToolsLookFor() throws {
        let store = try NewsStore(path: ":memory:", access: .create)
        let sql = try store.sqliteStorage.db.queryFirst("SELECT sql FROM sqlite_schema WHERE name = 'article_fts'") {
            try $0.text("sql")
        }
        #expect(sql?.contains(#"content="article""#) == true)
        #expect(sql?.contains("content_rowid='id'") == true)
        #expect(sql?.contains("tokenize='unicode61 remove_diacritics 2'") == true)
    }

    @Test func articlesIndexedBeforeTheRedeclarationStayFoundAndInStep() throws {
        let db = try Connection(path: ":memory:")
        try Migrator(migrations: Array(Migration.embedded.prefix(1))).migrate(db)
        try db.run(
            """
            INSERT INTO article(id, title, body, content_hash, imported_from, imported_at)
            VALUES (7, 'After ISIS loses Mosul', 'Dabiq fell', 'h', '-', '2016-10-17T00:00:00Z')
            """)
        try Migrator().migrate(db)
        func matches(_ word: String) throws -> [Int] {
            try db.query("SELECT rowid FROM article_fts WHERE article_fts MATCH ?", [word]) { try $0.int("rowid") }
        }
        #expect(try matches("dabiq") == [7])  // rebuilt from article
        try db.run("UPDATE article SET body = 'Raqqa next' WHERE id = 7")
        #expect(try matches("dabiq").isEmpty)  // the 0001 triggers serve the new table
        #expect(try matches("raqqa") == [7])
        try db.run("DELETE FROM article WHERE id = 7")
        #expect(try matches("raqqa").isEmpty)
        try db.run("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test(.enabled(if: sqliteUtils != nil, "needs the sqlite-utils CLI: pip install sqlite-utils"))
    func sqliteUtilsSearchFindsTheArticlesOfAWord() throws {
        let tool = try #require(Self.sqliteUtils)
        let (path, seedID, floodsID) = try Self.twoArticleDatabase()

        let mosul = try tool.run(["search", path, "article", "mosul"])
        #expect(mosul.status == 0, "\(mosul.errors)")
        #expect(try Self.ids(inJSONArray: mosul.output) == [seedID, floodsID].sorted())

        let dabiq = try tool.run(["search", path, "article", "dabiq"])
        #expect(try Self.ids(inJSONArray: dabiq.output) == [seedID])

        let absent = try tool.run(["search", path, "article", "zanzibar"])
        #expect(absent.status == 0, "\(absent.errors)")
        #expect(try Self.ids(inJSONArray: absent.output).isEmpty)
    }

    @Test(.enabled(if: datasette != nil, "needs the Datasette CLI: pip install datasette"))
    func datasetteSearchReturnsOnlyMatchingArticles() throws {
        let tool = try #require(Self.datasette)
        let (path, seedID, _) = try Self.twoArticleDatabase()
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent

        // --get answers one request without starting a server.
        let dabiq = try tool.run([path, "--get", "/\(name)/article.json?_search=dabiq&_shape=array"])
        #expect(dabiq.status == 0, "\(dabiq.errors)")
        #expect(try Self.ids(inJSONArray: dabiq.output) == [seedID])

        // Before the index was recognised, Datasette ignored _search and listed every article.
        let absent = try tool.run([path, "--get", "/\(name)/article.json?_search=zanzibar&_shape=array"])
        #expect(absent.status == 0, "\(absent.errors)")
        #expect(try Self.ids(inJSONArray: absent.output).isEmpty)
    }
}
