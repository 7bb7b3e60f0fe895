import Testing

@testable import NewsStore

@Suite struct DateRangeTests {
    @Test func acceptsDaysMonthsAndYearsAsFirstOrLastDay() throws {
        #expect(try DateRange.parseDay("2016-10-17", option: "--since") == "2016-10-17")
        #expect(try DateRange.parseDay("2016-10", option: "--since") == "2016-10-01")
        #expect(try DateRange.parseDay("2016-02", option: "--until", upper: true) == "2016-02-29")
        #expect(try DateRange.parseDay("2015-02", option: "--until", upper: true) == "2015-02-28")
        #expect(try DateRange.parseDay("2016", option: "--until", upper: true) == "2016-12-31")
    }

    @Test func refusesImpossibleOrMalformedDatesNamingTheOption() {
        for text in ["2016-02-30", "2016-13", "16-10-17", "2016-+1", "yesterday", "", "2016-10-17T00:00"] {
            let error = #expect(throws: NewsStoreError.self) { try DateRange.parseDay(text, option: "--since") }
            #expect(error?.description.contains("--since") == true, "\(text)")
        }
    }
}
