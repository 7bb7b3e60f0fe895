import Foundation
import NewsStore
import Testing

/// The saved queries newsq ships, run on a store that has not stored them: SQLite runs the
/// shipped files, PostgreSQL their twins in its own SQL, and both answer alike (ids left out:
/// each engine numbers its rows).
@Suite(.enabled(if: ConformanceEngine.postgreSQLAvailable, Comment(rawValue: ConformanceEngine.postgreSQLSkipReason)))
struct PostgreSQLShippedQueryTests {
    /// Each shipped query's answer on `engine`, one line per row, of the columns that name things.
    private func answers(on engine: ConformanceEngine) throws -> [String: [String]] {
        let fixture = try ConformanceStore(engine)
        let store = fixture.news
        for (name, text) in ConformanceArticles.all { _ = try store.importArticle(Data(text.utf8), origin: name) }
        let floods = try #require(try store.search("floods").hits.first?.article.id)
        let runs: [(String, [String: String], [String])] = [
            ("articles-mentioning", ["place": "Mosul"], ["title", "published_at", "mentions"]),
            ("articles-mentioning", ["place": "mosul"], ["title", "mentions"]),
            (
                "events-between", ["from": "2016-10-01", "to": "2016-10-31"],
                ["date", "expression", "article_title", "places"]
            ),
            ("places-in-article", ["article": String(floods)], ["name", "kind", "mentions", "fields"]),
            ("top-places", ["from": "2016-10-01", "to": "2016-10-18"], ["name", "articles", "mentions"]),
        ]
        var answers: [String: [String]] = [:]
        for (name, parameters, columns) in runs {
            guard case .rows(let result) = try store.runSavedQuery(name, parameters: parameters) else {
                answers[name] = ["not rows"]
                continue
            }
            let indices = columns.compactMap { result.columns.firstIndex(of: $0) }
            #expect(indices.count == columns.count, "\(name) on \(engine): \(result.columns)")
            answers[name + " \(parameters.values.sorted())"] = result.rows.map { row in
                // group_concat(DISTINCT …) keeps no order on SQLite: fields compared as a set.
                indices.map { index in
                    let text = ConformanceCase.text(row[index])
                    return result.columns[index] == "fields"
                        ? text.split(separator: ",").sorted().joined(separator: ",") : text
                }.joined(separator: " | ")
            }
        }
        let listed = try store.savedQueries().map { "\($0.name) \($0.parameters)" }
        answers["listed"] = listed
        return answers
    }

    @Test func theShippedQueriesAnswerOnPostgreSQLAsOnSQLite() throws {
        let sqlite = try answers(on: .sqlite)
        let postgreSQL = try answers(on: .postgresql)
        #expect(postgreSQL == sqlite)
        #expect(sqlite.values.allSatisfy { !$0.isEmpty })
        #expect(sqlite.count == 6)
    }
}
