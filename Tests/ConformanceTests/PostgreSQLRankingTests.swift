import Foundation
import NewsStore
import Testing

#if PostgreSQL
    @testable import NewsStorePostgres
#endif

/// Ranking on PostgreSQL among many hits: the page newsq shows, ranked over only the articles
/// that can reach it, is the page ranking every hit gives, in the same order.
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLRankingTests {
    #if PostgreSQL
        /// An article text: `title`, a byline, a day of October 2016, then `body`.
        private static func article(_ title: String, day: Int, _ body: String) -> String {
            """
            \(title)

            By Kim Lee, Reuters

            Updated 9:00 AM ET, Mon October \(day), 2016

            \(body)
            """
        }

        /// Thirty articles with lighthouse in the body only (some many times), four with it in
        /// the title, one with lighthouse keeper as a phrase in the title. The winter one ranks
        /// among the first over its title, so a page that let it through `-winter` would show it.
        private static let articles: [String] = {
            var texts: [String] = []
            for index in 0..<30 {
                let repeats = String(repeating: "The lighthouse stood by the harbour. ", count: 1 + index % 7)
                texts.append(
                    article("Harbour report number \(index)", day: 1 + index % 28, repeats + "Boats \(index) came in."))
            }
            texts.append(article("Lighthouse to lighthouse: closed for winter", day: 3, "Workers locked the doors."))
            texts.append(article("Lighthouse keeper retires", day: 5, "The lighthouse keeper left the harbour."))
            texts.append(article("A lighthouse and a lighthouse", day: 7, "Two towers, one lighthouse."))
            texts.append(article("Lighthouse lamps return", day: 9, "Lamps shone again."))
            return texts
        }()

        private func loadedStore() throws -> (PostgresScratchDatabase, PostgresStorage) {
            let server = try #require(ConformanceEngine.serverURL)
            let scratch = try PostgresScratchDatabase(serverURL: server)
            let store = NewsStore(storage: try PostgresStorage(url: scratch.url))
            for (index, text) in Self.articles.enumerated() {
                let summary = try store.importArticle(Data(text.utf8), origin: "ranking-\(index).txt")
                #expect(summary.failed.isEmpty)
            }
            return (scratch, try PostgresStorage(url: scratch.url))
        }

        /// The page ranking every hit: ts_rank over `search` for each, as before the pruning.
        private func everyHitRanked(_ storage: PostgresStorage, _ text: String, limit: Int, offset: Int) throws -> [Int]
        {
            let query = try SearchQuery.parse(text).tsQuery()
            return try storage.session.query(
                """
                SELECT a.id FROM article a WHERE a.search @@ to_tsquery('newsq', $1)
                ORDER BY ts_rank(\(PostgresStorage.rankWeights), a.search, to_tsquery('newsq', $2)) DESC,
                         a.published_at DESC NULLS LAST, a.id DESC
                LIMIT $3 OFFSET $4
                """, [query.match, query.rank, limit, offset]
            ) { try $0.int("id") }
        }

        @Test func thePrunedPageIsThePageRankingEveryHitGives() throws {
            let (scratch, storage) = try loadedStore()
            defer { try? scratch.drop() }
            for text in ["lighthouse", "lighthouse OR harbour", "lighthouse -winter", "title:lighthouse", "harbour"] {
                for (limit, offset) in [(3, 0), (2, 2), (5, 0), (10, 30)] {
                    let options = SearchOptions(limit: limit, offset: offset)
                    let shown = try storage.search(.query(try SearchQuery.parse(text)), options).hits.map(\.article.id)
                    let expected = try everyHitRanked(storage, text, limit: limit, offset: offset)
                    #expect(shown == expected, "\(text) limit \(limit) offset \(offset)")
                }
            }
        }

        @Test func aCommonWordIsRankedOverOnlyTheArticlesThatCanReachThePage() throws {
            let (scratch, storage) = try loadedStore()
            defer { try? scratch.drop() }
            let query = try storage.compiled(.query(try SearchQuery.parse("lighthouse")))
            let page = try #require(try storage.prunedRankPage(query, SearchOptions(limit: 3)))
            let titles = try storage.search(.query(try SearchQuery.parse("lighthouse")), SearchOptions(limit: 4))
                .hits.map(\.article.title)
            #expect(page.count == 3)
            // A title hit above every body-only hit, however often the body says it.
            #expect(titles.allSatisfy { $0.lowercased().contains("lighthouse") })
            #expect(titles.first == "A lighthouse and a lighthouse")
        }

        @Test func aFilteredCountIsTheNumberOfHitsThatPassTheFilter() throws {
            let (scratch, storage) = try loadedStore()
            defer { try? scratch.drop() }
            let since = CalendarDay(iso: "2016-10-06")
            for text in ["lighthouse", "\"lighthouse keeper\"", "harbour -winter"] {
                let query = try SearchQuery.parse(text).tsQuery()
                let expected = try storage.session.queryFirst(
                    "SELECT count(*) AS n FROM article WHERE search @@ to_tsquery('newsq', $1) AND published_at >= $2",
                    [query.match, "2016-10-06"]
                ) { try $0.int("n") }
                for limit in [0, 3] {
                    let result = try storage.search(
                        .query(try SearchQuery.parse(text)), SearchOptions(since: since, limit: limit))
                    #expect(result.total == expected, "\(text) limit \(limit)")
                }
            }
        }

        @Test func phrasesPrefixesAndAndAreRankedOverEveryHit() throws {
            let (scratch, storage) = try loadedStore()
            defer { try? scratch.drop() }
            for text in ["\"lighthouse keeper\"", "light*", "lighthouse harbour"] {
                let query = try storage.compiled(.query(try SearchQuery.parse(text)))
                #expect(try storage.prunedRankPage(query, SearchOptions(limit: 3)) == nil, "\(text)")
                let shown = try storage.search(.query(try SearchQuery.parse(text)), SearchOptions(limit: 3))
                #expect(shown.hits.map(\.article.id) == (try everyHitRanked(storage, text, limit: 3, offset: 0)))
            }
        }
    #endif
}
