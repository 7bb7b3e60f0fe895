import Foundation
import Testing

@testable import NewsStore

/// `newsq rm`: an article goes with everything that hangs off it, and nothing else.
@Suite struct RemoveArticlesTests {
    /// The id of the one article a selection picks.
    static func onlyID(_ store: NewsStore, _ selection: ArticleSelection) throws -> Int {
        let ids = try store.articleIDs(selection)
        #expect(ids.count == 1)
        return try #require(ids.first)
    }

    /// Counts of one statement per table.
    static func counts(_ store: NewsStore) throws -> [String: Int] {
        let db = try store.sqliteStorage.db
        var counts: [String: Int] = [:]
        for table in [
            "article", "author", "article_author", "place", "place_name", "place_mention", "event", "event_place",
            "place_rtree", "country", "saved_query",
        ] {
            counts[table] = try db.queryFirst("SELECT count(*) FROM \(table)") { $0.int(0) ?? 0 } ?? 0
        }
        counts["article_fts"] = try db.queryFirst("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'mosul'") {
            $0.int(0) ?? 0
        }
        return counts
    }

    @Test func removingAnArticleLeavesWhatTheOthersWouldHaveMadeAlone() throws {
        let store = try ExportRoundTripTests.sourceStore()
        let removed = try Self.onlyID(store, ArticleSelection(query: "convoys"))
        let before = try Self.counts(store)
        let db = try store.sqliteStorage.db
        let mentions = try #require(
            try db.queryFirst("SELECT count(*) FROM place_mention WHERE article_id = ?", [removed]) { $0.int(0) ?? 0 })
        let events = try #require(
            try db.queryFirst("SELECT count(*) FROM event WHERE article_id = ?", [removed]) { $0.int(0) ?? 0 })
        // What the other articles alone make, built from their export in an empty database.
        var others: [Data] = []
        try store.export { line in
            let record = try ExportRecord(jsonLine: line)
            if record.title != "Aid convoys reach Qayyara" { others.append(line) }
        }
        #expect(others.count == 3)
        let expected = try ExportRoundTripTests.emptyStore()
        #expect(expected.importExported(others, origin: "others.jsonl").imported.count == 3)

        let summary = try store.removeArticles(ids: [removed])

        #expect(summary.articleIDs == [removed])
        #expect(summary.mentions == mentions)
        #expect(summary.events == events)
        #expect((summary.mentions, summary.events) != (0, 0))
        // Ann Lee, Bob Stone and Cy Park wrote only this article.
        #expect(summary.authors == 3)
        let after = try Self.counts(store)
        #expect(after["article"] == before["article"].map { $0 - 1 })
        #expect(after["place_mention"] == before["place_mention"].map { $0 - mentions })
        #expect(after["event"] == before["event"].map { $0 - events })
        #expect(after["author"] == before["author"].map { $0 - 3 })
        #expect(after["place"] == before["place"].map { $0 - summary.places })
        #expect(after["country"] == before["country"])
        #expect(after["saved_query"] == before["saved_query"])
        #expect(after["article_fts"] == before["article_fts"].map { $0 - 1 })
        for table in ExportRoundTripTests.tables {
            let found = try ExportRoundTripTests.rows(store, table.sql, columns: table.columns)
            let wanted = try ExportRoundTripTests.rows(expected, table.sql, columns: table.columns)
            #expect(found == wanted, "table \(table.name) differs")
        }
        #expect(try store.checkHealth().passed)
        #expect(throws: NewsStoreError.articleNotFound(id: removed)) { try store.article(id: removed) }
    }

    @Test func aMissingIdIsNamedAndNothingIsRemoved() throws {
        let store = try ExportRoundTripTests.sourceStore()
        let existing = try Self.onlyID(store, ArticleSelection(source: "Reuters"))
        let before = try Self.counts(store)
        #expect(throws: NewsStoreError.articleNotFound(id: 9_999)) {
            try store.removeArticles(ids: [existing, 9_999])
        }
        #expect(try Self.counts(store) == before)
    }

    @Test func removingEveryArticleLeavesNoAuthorsOrArticlePlaces() throws {
        let store = try ExportRoundTripTests.sourceStore()
        let ids = try store.articleIDs(ArticleSelection())
        #expect(ids.count == 4)
        let summary = try store.removeArticles(ids: ids)
        #expect(summary.articleIDs == ids)
        let after = try Self.counts(store)
        for table in ["article", "author", "article_author", "place", "place_name", "place_mention", "event"] {
            #expect(after[table] == 0, "\(table) keeps rows")
        }
        #expect(after["place_rtree"] == 0)
        #expect(after["country"] ?? 0 > 0)
        #expect(try store.checkHealth().passed)
    }

    @Test func aPlaceFromAnImportedGazetteerStaysWhenItsArticleGoes() throws {
        let store = try StoreFixtures.small()
        // A GeoNames id the shipped gazetteer lacks: only the user's import brought the place.
        _ = try GazetteerLoader(db: try store.sqliteStorage.db).load([
            StoreFixtures.record(99_999_901, "Zorvania", [], 36.1, 43.2, "IQ", 5_000)
        ])
        let path = try StoreFixtures.file(
            "zorvania.txt", "Talks in Zorvania\n\nEnvoys met in Zorvania, Iraq, on Monday, officials said.")
        let imported = try #require(store.importFiles([path]).imported.first)
        let db = try store.sqliteStorage.db
        let mentioned = try db.queryFirst(
            "SELECT count(*) FROM place_mention m JOIN place p ON p.id = m.place_id WHERE p.geonames_id = 99999901"
        ) { $0.int(0) ?? 0 }
        #expect(mentioned == 2)
        let placesBefore = try store.statistics().places
        let summary = try store.removeArticles(ids: [imported.articleID])
        #expect(try store.statistics().places == placesBefore - summary.places)
        let kept = try db.queryFirst("SELECT count(*) FROM place WHERE geonames_id = 99999901") { $0.int(0) ?? 0 }
        #expect(kept == 1)
        #expect(try store.checkHealth().passed)
    }
}
