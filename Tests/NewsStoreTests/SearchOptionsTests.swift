import Foundation
import Testing

@testable import NewsStore

@Suite struct SearchOptionsTests {
    @Test func aPartialDayMeansTheFirstOrLastDayOfItsMonthOrYear() {
        #expect(CalendarDay(partial: "2016-10-17")?.iso == "2016-10-17")
        #expect(CalendarDay(partial: "2016-10")?.iso == "2016-10-01")
        #expect(CalendarDay(partial: "2016-02", upper: true)?.iso == "2016-02-29")
        #expect(CalendarDay(partial: "2015-02", upper: true)?.iso == "2015-02-28")
        #expect(CalendarDay(partial: "2016", upper: true)?.iso == "2016-12-31")
    }

    @Test(arguments: ["2016-02-30", "2016-13", "16-10-17", "2016-+1", "yesterday", "", "2016-10-17T00:00"])
    func impossibleOrMalformedDaysAreRefused(text: String) {
        #expect(CalendarDay(partial: text) == nil)
        #expect(CalendarDay(partial: text, upper: true) == nil)
    }

    @Test func settingsRoundTripThroughTheirTextForm() throws {
        var options = SearchOptions()
        try options.set("since", to: "2016-10")
        try options.set("until", to: "2016")
        try options.set("sort", to: "newest")
        try options.set("limit", to: "5")
        try options.set("place", to: "Mosul")
        #expect(options.since?.iso == "2016-10-01")
        #expect(options.until?.iso == "2016-12-31")
        var again = SearchOptions()
        for (key, value) in options.settings { try again.set(key, to: value) }
        #expect(again == options)
        #expect(options.settings.map(\.key) == ["sort", "since", "until", "place", "limit"])
    }

    @Test func badSettingsSayWhatTheValueShouldBe() {
        var options = SearchOptions()
        let limit = #expect(throws: SearchOptions.InvalidSetting.self) { try options.set("limit", to: "0") }
        #expect(limit?.description == "limit must be a positive number")
        let since = #expect(throws: SearchOptions.InvalidSetting.self) { try options.set("since", to: "soon") }
        #expect(since?.description.contains("2016-10-17") == true)
        let unknown = #expect(throws: SearchOptions.InvalidSetting.self) { try options.set("colour", to: "red") }
        #expect(unknown?.description.contains("the options are sort, since") == true)
    }

    @Test func optionsEncodeOnlyWhatDiffersFromTheDefaultsAndDecodeWithDefaults() throws {
        let options = SearchOptions(sort: .oldest, since: CalendarDay(iso: "2016-10-01"), limit: 7)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(options), as: UTF8.self)
        #expect(json == #"{"limit":7,"since":"2016-10-01","sort":"oldest"}"#)
        #expect(try JSONDecoder().decode(SearchOptions.self, from: Data(json.utf8)) == options)
        #expect(try JSONDecoder().decode(SearchOptions.self, from: Data("{}".utf8)) == SearchOptions())
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SearchOptions.self, from: Data(#"{"since":"2016-10"}"#.utf8))
        }
    }
}
