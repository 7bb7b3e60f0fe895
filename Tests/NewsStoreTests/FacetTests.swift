import Foundation
import Testing

@testable import NewsStore

/// Facets: each value's count is the number of chosen articles that have it, as a filtered
/// search or listing counts them; most common first; articles without a value counted apart.
struct FacetTests {
    static func store() throws -> NewsStore {
        let store = try StoreFixtures.small()
        let articles: [(String, String, String?)] = [
            ("Mosul fighting", "By Jane Doe, Reuters", "2016-10-17"),
            ("Mosul aid", "By Jane Doe and John Roe, Reuters", "2016-10-18"),
            ("Mosul river", "By Ann Poe, AP", "2016-09-02"),
            ("Baghdad rain", "By Ann Poe, AP", "2016-09-03"),
            ("Mosul undated", "By Bob Loe", nil),
        ]
        for (index, (title, byline, day)) in articles.enumerated() {
            let text = "\(title)\n\n\(byline)\n\n\(title) was reported in article \(index).\n"
            _ = try store.importArticle(
                Data(text.utf8), origin: "f\(index).txt", publishedOverride: day.flatMap(CalendarDay.init(iso:)))
        }
        return store
    }

    @Test func everyValueCountsWhatAFilteredSearchFinds() throws {
        let store = try Self.store()
        let counts = try store.facets(search: "mosul", by: [.source, .month, .author])
        let sources = counts.filter { $0.facet == .source }
        #expect(sources.map(\.articles).reduce(0, +) == 4)
        for count in sources {
            guard let value = count.value else { continue }
            #expect(try store.search("mosul", SearchOptions(source: value)).total == count.articles, "\(value)")
        }
        let months = counts.filter { $0.facet == .month }
        #expect(months.first?.value == "2016-10" && months.first?.articles == 2)
        #expect(months.contains { $0.value == nil && $0.articles == 1 })
        let authors = counts.filter { $0.facet == .author }
        #expect(authors.first?.value == "Jane Doe" && authors.first?.articles == 2)
        // Most common first.
        #expect(zip(sources, sources.dropFirst()).allSatisfy { $0.articles >= $1.articles })
    }

    @Test func articleFacetsFollowTheFilterAndTheLimit() throws {
        let store = try Self.store()
        let years = try store.facets(articles: ArticleFilter(source: "AP"), by: [.year])
        #expect(years == [FacetCount(facet: .year, value: "2016", articles: 2)])
        let places = try store.facets(articles: ArticleFilter(), by: [.place, .country], limit: 1)
        #expect(places.count == 2)
        #expect(places.first { $0.facet == .country }?.value == "IQ")
    }
}
