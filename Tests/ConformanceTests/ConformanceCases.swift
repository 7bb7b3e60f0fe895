import Foundation
import NewsStore

/// Every case the conformance suite asks both engines: each query class of the search
/// language, filters, places, `--near`, events, listings and saved queries.
enum ConformanceCases {
    static let seed = "What happens after ISIS loses Mosul?"
    static let floods = "Floods reach Mosul"
    static let fires = "Oil fires burn near Qayyara"
    static let rebels = "Rebels take Dabiq"

    static let searches: [ConformanceCase] = [
        .search("mosul", expected: [seed, floods, rebels]),
        .search("mosul floods", expected: [floods]),
        .search("\"victory bell\"", expected: [seed]),
        .search("\"victory parade\"", expected: [rebels]),
        .search("dabiq OR floods", expected: [seed, floods, rebels]),
        .search("mosul -dabiq", expected: [floods]),
        .search("mosul NOT (dabiq OR rain)", expected: []),
        .search("qayy*", expected: [seed, fires]),
        .search("title:mosul", expected: [seed, floods]),
        .search("title:qayy*", expected: [fires]),
        .search("body:\"victory parade\"", expected: [rebels]),
        .search("title:\"victory parade\"", expected: []),
        .search("al-Shourah", expected: [seed, fires]),
        .search("Qayyara's", expected: [fires]),
        .search("Mūşil", expected: [fires]),
        .search("musil", expected: [fires]),
        .search("MOSUL Floods", expected: [floods]),
        .search("nothingmatchesthis", expected: []),
    ]

    static let filters: [ConformanceCase] = [
        .search("mosul", SearchOptions(since: CalendarDay(iso: "2016-10-17")), expected: [seed, floods]),
        .search("mosul", SearchOptions(until: CalendarDay(iso: "2016-10-17")), expected: [seed, rebels]),
        .search("mosul", SearchOptions(author: "jane doe"), expected: [floods]),
        .search("mosul", SearchOptions(author: "doe"), expected: [floods]),
        .search("mosul", SearchOptions(source: "reuters"), expected: [floods]),
        .search("smoke", SearchOptions(place: "Qayyara"), expected: [seed]),
        .search("smoke", SearchOptions(place: "Mosul"), expected: [seed, fires]),
        ConformanceCase(name: "articles by author", expected: [floods]) { store in
            Set(try store.articles(ArticleFilter(author: "Jane Doe")).map(\.title))
        },
        ConformanceCase(name: "articles in a range", expected: [seed, floods]) { store in
            let range = DateRange(from: CalendarDay(iso: "2016-10-17"), to: CalendarDay(iso: "2016-10-18"))
            return Set(try store.articles(ArticleFilter(range: range)).map(\.title))
        },
        // Mūşil in the fires article is Mosul to the gazetteer.
        ConformanceCase(name: "articles at a place", expected: [seed, floods, fires, rebels]) { store in
            Set(try store.articles(ArticleFilter(place: "Mosul")).map(\.title))
        },
        ConformanceCase(name: "articles by source", expected: [fires]) { store in
            Set(try store.articles(ArticleFilter(source: "ap")).map(\.title))
        },
    ]

    static let knowledge: [ConformanceCase] = [
        ConformanceCase(name: "statistics", expected: nil) { store in
            let counts = try store.statistics()
            return [
                "articles \(counts.articles)", "authors \(counts.authors)", "places \(counts.places)",
                "mentioned \(counts.mentionedPlaces)", "events \(counts.events)", "saved \(counts.savedQueries)",
            ]
        },
        ConformanceCase(name: "places with counts", expected: nil) { store in
            Set(try store.places(PlaceFilter(limit: 1_000)).map { "\($0.place.name) \($0.mentions) \($0.articles)" })
        },
        ConformanceCase(name: "places of a country", expected: nil) { store in
            Set(try store.places(PlaceFilter(country: "Iraq", limit: 1_000)).map(\.place.name))
        },
        ConformanceCase(name: "places near Mosul", expected: nil) { store in
            Set(
                try store.places(PlaceFilter(near: "Mosul", withinKm: 100, limit: 1_000)).map {
                    "\($0.place.name) \(Int(($0.distanceKm ?? -1).rounded())) km"
                })
        },
        ConformanceCase(name: "places near Baghdad within 500 km", expected: nil) { store in
            Set(try store.places(PlaceFilter(near: "Baghdad", withinKm: 500, limit: 1_000)).map(\.place.name))
        },
        ConformanceCase(name: "events", expected: nil) { store in
            Set(try store.events(EventFilter()).map { "\($0.date.start.iso) \($0.expression) \($0.articleTitle)" })
        },
        ConformanceCase(name: "events in October 2016 at Mosul", expected: nil) { store in
            let range = DateRange(from: CalendarDay(iso: "2016-10-01"), to: CalendarDay(iso: "2016-10-31"))
            return Set(try store.events(EventFilter(range: range, place: "Mosul")).map(\.expression))
        },
        ConformanceCase(
            name: "events at an unknown place",
            expected: ["error: no place called \"Atlantis\" in the gazetteer or the articles"]
        ) { store in
            Set(try store.events(EventFilter(place: "Atlantis")).map(\.expression))
        },
        ConformanceCase(
            name: "trend of a search by day",
            expected: [
                "2016-10-16 1/1", "2016-10-17 1/1", "2016-10-18 1/1", "2016-10-19 0/0", "2016-10-20 0/1",
                "undated 0",
            ]
        ) { store in
            let since = SearchOptions(since: CalendarDay(iso: "2016-10-16"), until: CalendarDay(iso: "2016-10-31"))
            let trend = try store.trend("mosul", since, by: .day)
            return Set(
                trend.points.map { "\($0.period) \($0.matches)/\($0.total)" } + ["undated \(trend.undatedMatches)"])
        },
        ConformanceCase(name: "facets of a search, in order", expected: nil) { store in
            let counts = try store.facets(search: "mosul", by: Facet.allCases, limit: 5)
            return [counts.map { "\($0.facet.rawValue) \($0.value ?? "-") \($0.articles)" }.joined(separator: "; ")]
        },
        ConformanceCase(name: "facets of all articles", expected: nil) { store in
            let counts = try store.facets(articles: ArticleFilter(), by: [.source, .year, .country], limit: 20)
            return Set(counts.map { "\($0.facet.rawValue) \($0.value ?? "-") \($0.articles)" })
        },
        ConformanceCase(name: "an article exported whole", expected: nil) { store in
            let id = try store.search("\"victory parade\"").hits.first?.article.id ?? -1
            var record = try store.exportRecord(id: id)
            record.importedAt = nil  // when each store imported it
            return [String(decoding: try record.jsonLine(), as: UTF8.self)]
        },
        ConformanceCase(name: "one article in full", expected: nil) { store in
            let id = try store.search("\"victory parade\"").hits.first?.article.id ?? -1
            let detail = try store.article(id: id)
            return Set(
                [detail.article.title, detail.article.authors.map(\.name).joined(separator: ", ")]
                    + detail.places.map { "place \($0.place.name)" } + detail.events.map { "event \($0.expression)" })
        },
    ]

    static let savedQueries: [ConformanceCase] = [
        ConformanceCase(name: "the sample saved queries listed", expected: nil) { store in
            let made: Set = ["mosul-news", "by-source", "other-dialect", "needs-source"]
            return Set(
                try store.savedQueries().filter { !made.contains($0.name) }.map {
                    "\($0.name) \($0.kind.rawValue) \($0.parameters)"
                })
        },
        ConformanceCase(name: "a saved search runs", expected: [seed, floods, rebels]) { store in
            _ = try store.saveQuery(try SavedQuery(name: "mosul-news", kind: .search, body: "mosul"), replace: true)
            guard case .hits(let result) = try store.runSavedQuery("mosul-news") else { return ["not hits"] }
            return Set(result.hits.map(\.article.title))
        },
        ConformanceCase(name: "a saved SQL query in the engine's dialect runs", expected: ["Floods reach Mosul 2016"]) {
            store, engine in
            let body = """
                -- dialect: \(engine.rawValue)
                SELECT title, substr(published_at, 1, 4) AS year FROM article WHERE source = :source ORDER BY title
                """
            _ = try store.saveQuery(try SavedQuery(name: "by-source", kind: .sql, body: body), replace: true)
            guard case .rows(let rows) = try store.runSavedQuery("by-source", parameters: ["source": "Reuters"]) else {
                return ["not rows"]
            }
            return Set(rows.rows.map { row in row.map(ConformanceCase.text).joined(separator: " ") })
        },
        ConformanceCase(name: "a saved SQL query in the other dialect is refused naming both", expected: ["refused"]) {
            store, engine in
            let other = engine == .sqlite ? "postgresql" : "sqlite"
            let body = "-- dialect: \(other)\nSELECT count(*) AS articles FROM article"
            _ = try store.saveQuery(try SavedQuery(name: "other-dialect", kind: .sql, body: body), replace: true)
            do {
                _ = try store.runSavedQuery("other-dialect")
                return ["ran"]
            } catch let error as NewsStoreError {
                let words = error.description
                return words.contains("SQLite") && words.contains("PostgreSQL") ? ["refused"] : [words]
            }
        },
        ConformanceCase(
            name: "a saved SQL query missing a parameter is refused", expected: ["parameters missing source"]
        ) {
            store, engine in
            let body = "-- dialect: \(engine.rawValue)\nSELECT title FROM article WHERE source = :source"
            _ = try store.saveQuery(try SavedQuery(name: "needs-source", kind: .sql, body: body), replace: true)
            do {
                _ = try store.runSavedQuery("needs-source")
                return ["ran"]
            } catch NewsStoreError.parameterMismatch(_, let reason, _) {
                return [reason]
            }
        },
    ]

    static let all = searches + filters + knowledge + savedQueries
}
