import Foundation
import Testing

@testable import NewsStore

@Suite struct PublishedTimeTests {
    @Test(arguments: [
        "1970-01-01T00:00:00Z", "2016-10-17T17:01:00Z", "2000-02-29T23:59:59Z", "1969-12-31T12:00:00Z",
        "2100-03-01T00:00:01Z", "0001-01-01T00:00:00Z", "2024-12-31T08:30:15Z",
    ])
    func storedInstantsReadTheSameAsWithADateFormatter(text: String) throws {
        let expected = try #require(ISO8601DateFormatter().date(from: text))
        #expect(PublishedTime(iso: text) == .instant(expected))
        #expect(PublishedTime(iso: text)?.iso == text)
    }

    @Test(arguments: ["2016-13-17T10:00:00Z", "2016-10-17T10:60:00Z", "2016-10-17T10:00:00"])
    func impossibleOrZonelessInstantsAreRefused(text: String) {
        #expect(PublishedTime(iso: text) == nil)
    }

    @Test func otherZonesAndFractionsStillRead() {
        #expect(PublishedTime(iso: "2016-10-17T13:01:00-04:00")?.iso == "2016-10-17T17:01:00Z")
        #expect(PublishedTime(iso: "2016-10-17T17:01:00.750Z")?.iso == "2016-10-17T17:01:00Z")
        #expect(PublishedTime(iso: "2016-10-17") == .day(CalendarDay(year: 2016, month: 10, day: 17)!))
    }
}
