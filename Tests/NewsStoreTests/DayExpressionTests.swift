import Foundation
import Testing

@testable import NewsStore

/// Dates as people type them in date options, and saved searches that take them at run time.
@Suite struct DayExpressionTests {
    /// Monday 17 October 2016, the seed's day.
    static let monday = CalendarDay(year: 2016, month: 10, day: 17)

    private func day(_ text: String, upper: Bool = false) throws -> String? {
        let today = try #require(Self.monday)
        return try DayExpression(parsing: text).resolve(today: today, upper: upper)?.iso
    }

    @Test func relativeDatesCountBackFromToday() throws {
        #expect(try day("today") == "2016-10-17")
        #expect(try day("yesterday") == "2016-10-16")
        #expect(try day("7d") == "2016-10-10")
        #expect(try day("7 days ago") == "2016-10-10")
        #expect(try day("2w") == "2016-10-03")
        #expect(try day("1 week") == "2016-10-10")
        #expect(try day("1m") == "2016-09-17")
        #expect(try day("1y") == "2015-10-17")
        #expect(try day("Last Sunday") == "2016-10-16")
        // On a Monday, last Monday is a week ago, never today.
        #expect(try day("last monday") == "2016-10-10")
        #expect(try day("last tuesday") == "2016-10-11")
    }

    @Test func calendarDatesKeepTheirMeaningAtEitherEndOfARange() throws {
        #expect(try day("2016-10") == "2016-10-01")
        #expect(try day("2016-10", upper: true) == "2016-10-31")
        #expect(try day("2016", upper: true) == "2016-12-31")
        #expect(try DayExpression(parsing: "2016-10-17").isAbsolute)
        #expect(try !DayExpression(parsing: "7d").isAbsolute)
    }

    @Test func badDatesAreRefusedSayingWhatWorks() {
        for text in ["7x", "d7", "last someday", "next monday", "2016-13", "", "tomorrow", ":", ":bad name"] {
            let error = #expect(throws: DayExpression.InvalidDay.self, "\(text)") { try DayExpression(parsing: text) }
            #expect(error?.description.contains("7d, 2w") == true)
        }
    }

    @Test func aParameterWaitsForItsValue() throws {
        let expression = try DayExpression(parsing: ":since")
        #expect(expression == .parameter("since"))
        #expect(expression.resolve(today: try #require(Self.monday), upper: false) == nil)
    }

    @Test func savedSearchesKeepRelativeDatesAndParametersAsWritten() throws {
        var options = SearchOptions()
        try options.set("since", to: "2w")
        try options.set("until", to: ":until")
        try options.set("place", to: ":place")
        #expect(options.since == nil && options.sinceExpression == .ago(2, .weeks))
        #expect(options.parameterNames == ["until", "place"])
        #expect(options.settings.map { "\($0.key)=\($0.value)" } == ["since=2w", "until=:until", "place=:place"])
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(json.contains(#""since":"2w""#))
        #expect(try JSONDecoder().decode(SearchOptions.self, from: Data(json.utf8)) == options)
        // A calendar date is stored as a day, as before.
        try options.set("since", to: "2016-10")
        #expect(options.since == CalendarDay(year: 2016, month: 10, day: 1) && options.sinceExpression == nil)
    }

    @Test func aSavedSearchResolvesItsDatesAndParametersEachRun() throws {
        let store = try StoreFixtures.seeded()
        var options = SearchOptions()
        try options.set("since", to: ":since")
        try store.saveQuery(SavedQuery(name: "weekly", kind: .search, body: "mosul", searchOptions: options))
        let monday = try #require(Self.monday)
        func hits(_ parameters: [String: String], today: CalendarDay = monday) throws -> [Int] {
            guard case .hits(let result) = try store.runSavedQuery("weekly", parameters: parameters, today: today)
            else { return [] }
            return result.hits.map(\.article.id)
        }
        #expect(try hits(["since": "7d"]) == [1])
        #expect(try hits(["since": "7d"], today: monday.adding(days: 8)) == [])
        #expect(try hits(["since": "2016-10-18"]) == [])
        #expect(try hits(["since": "yesterday", "place": "Dabiq"]) == [1])
        #expect(try hits(["since": "yesterday", "place": "Paris"]) == [])
        let missing = try #require(throws: NewsStoreError.self) { try hits([:]) }
        #expect(missing.description.contains("since"))
        let unknown = try #require(throws: NewsStoreError.self) { try hits(["since": "7d", "colour": "red"]) }
        #expect(unknown.description.contains("colour"))
        let bad = try #require(throws: NewsStoreError.self) { try hits(["since": "soon"]) }
        #expect(bad.description.contains("7d"))
    }

    @Test func aPlainSearchCountsRelativeDatesFromToday() throws {
        let store = try StoreFixtures.seeded()
        var recent = SearchOptions()
        try recent.set("since", to: "1w")
        #expect(try store.search("mosul", recent).hits.isEmpty)
        var unbound = SearchOptions()
        try unbound.set("since", to: ":since")
        #expect(throws: NewsStoreError.self) { try store.search("mosul", unbound) }
    }
}
