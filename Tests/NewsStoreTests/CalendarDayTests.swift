import Foundation
import Testing

@testable import NewsStore

@Suite struct CalendarDayTests {
    @Test func parsesAndPrintsIsoDaysAndRefusesAnythingElse() {
        #expect(CalendarDay(iso: "2016-10-17")?.iso == "2016-10-17")
        #expect(CalendarDay(iso: "0987-01-02")?.iso == "0987-01-02")
        #expect(CalendarDay(iso: "2016-02-30") == nil)
        #expect(CalendarDay(iso: "2016-1-17") == nil)
        #expect(CalendarDay(iso: "2016-10-17T00:00:00Z") == nil)
        #expect(CalendarDay(iso: "２０１６-10-17") == nil)
    }

    @Test func knowsWeekdaysAndClampsMonthArithmetic() throws {
        let monday = try #require(CalendarDay(iso: "2016-10-17"))
        #expect(monday.weekday == 2)
        #expect(monday.adding(days: -17).iso == "2016-09-30")
        #expect(try #require(CalendarDay(iso: "2016-03-31")).adding(months: -1).iso == "2016-02-29")
        #expect(try #require(CalendarDay(iso: "2016-02-29")).adding(years: 1).iso == "2017-02-28")
        #expect(monday.days(to: try #require(CalendarDay(iso: "2017-10-17"))) == 365)
        #expect(monday.lastOfMonth.iso == "2016-10-31")
    }

    @Test func takesTheDayAnInstantFallsOnInAZone() throws {
        let instant = Date(timeIntervalSince1970: 1_476_757_800)  // 2016-10-18T02:30:00Z
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(CalendarDay(date: instant, in: newYork)?.iso == "2016-10-17")
        #expect(CalendarDay(date: instant, in: .gmt)?.iso == "2016-10-18")
        #expect(CalendarDay(date: Date(timeIntervalSince1970: -70_000_000_000), in: .gmt) == nil)
    }
}
