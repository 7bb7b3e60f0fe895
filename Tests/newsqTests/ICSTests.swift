import Foundation
import NewsStore
import Testing

@testable import newsq

@Suite("iCalendar")
struct ICSTests {
    /// 2016-10-17T17:01:00Z
    private let now = Date(timeIntervalSince1970: 1_476_723_660)

    private func events(_ rows: [[OutputValue]]) -> Listing {
        Listing(
            noun: "events",
            columns: [
                .init(key: "id", role: .identifier),
                .init(key: "start", role: .startDate),
                .init(key: "end", role: .endDate),
                .init(key: "precision"),
                .init(key: "expression", role: .title),
                .init(key: "evidence", role: .details),
                .init(key: "places", role: .location),
            ],
            rows: rows)
    }

    /// Physical lines (without their CRLF) and the logical lines after unfolding.
    private func lines(_ text: String) -> (physical: [String], logical: [String]) {
        var physical = text.components(separatedBy: "\r\n")
        #expect(physical.last == "")
        physical.removeLast()
        var logical: [String] = []
        for line in physical {
            if line.hasPrefix(" "), !logical.isEmpty {
                logical[logical.count - 1] += String(line.dropFirst())
            } else {
                logical.append(line)
            }
        }
        return (physical, logical)
    }

    private func value(_ name: String, in logical: [String]) -> [String] {
        logical.filter { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map {
            String($0[$0.index(after: $0.firstIndex(of: ":") ?? $0.startIndex)...])
        }
    }

    @Test func calendarHasTheFixedHeaderAndOneEventPerRow() throws {
        let text = try events([
            [5, "2016-10-19", "2016-10-19", "day", "Wednesday night", "The battle began.", "Mosul"],
            [6, "2016-10", "2016-10-31", "month", "earlier this month", "Talks.", nil],
        ]).renderICS(now: now)
        let logical = lines(text).logical
        #expect(
            Array(logical.prefix(4)) == [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//newsq//newsq//EN", "CALSCALE:GREGORIAN",
            ])
        #expect(logical.last == "END:VCALENDAR")
        #expect(logical.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(value("UID", in: logical) == ["5@newsq", "6@newsq"])
        #expect(value("DTSTAMP", in: logical) == ["20161017T170100Z", "20161017T170100Z"])
        #expect(value("LOCATION", in: logical) == ["Mosul"])
    }

    @Test func allDayEventsEndOnTheDayAfterTheirLastDay() throws {
        let text = try events([
            [1, "2016-10-19", "2016-10-19", "day", "a", "", ""],
            [2, "2016-10-01", "2016-10-31", "month", "b", "", ""],
            [3, "2014-01-01", "2014-12-31", "year", "c", "", ""],
            [4, "2016-02-01", "2016-02-29", "month", "d", "", ""],
            [5, "2016-10-10", "2016-10-16", "approximate", "e", "", ""],
            [6, "2016-10", nil, "month", "f", "", ""],
        ]).renderICS(now: now)
        let logical = lines(text).logical
        #expect(logical.contains("DTSTART;VALUE=DATE:20161019"))
        #expect(
            value("DTSTART", in: logical) == ["20161019", "20161001", "20140101", "20160201", "20161010", "20161001"])
        #expect(
            value("DTEND", in: logical) == ["20161020", "20161101", "20150101", "20160301", "20161017", "20161101"])
        #expect(logical.contains("DTEND;VALUE=DATE:20161020"))
    }

    @Test func textIsEscapedAndLineBreaksBecomeBackslashN() throws {
        let text = try events([
            [1, "2016-10-17", "2016-10-17", "day", "Monday; early, \\ late", "line one\r\nline two\nthree\u{1}", ""]
        ]).renderICS(now: now)
        let logical = lines(text).logical
        #expect(value("SUMMARY", in: logical) == ["Monday\\; early\\, \\\\ late"])
        #expect(value("DESCRIPTION", in: logical) == ["line one\\nline two\\nthree"])
        #expect(value("LOCATION", in: logical).isEmpty)
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingUTF8() throws {
        let evidence = String(repeating: "Mosul القيارة 摩苏尔 👨‍👩‍👧 é, ", count: 12)
        let text = try events([[1, "2016-10-17", "2016-10-17", "day", "x", .string(evidence), ""]]).renderICS(now: now)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let (physical, logical) = lines(text)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.filter { $0.hasPrefix(" ") }.count > 3)
        // Each physical line must be valid UTF-8 on its own: split the raw bytes at CRLF.
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 13 && bytes[index + 1] == 10 {
                #expect(String(validating: bytes[start..<index], as: UTF8.self) != nil)
                start = index + 2
                index += 2
            } else {
                index += 1
            }
        }
        #expect(value("DESCRIPTION", in: logical) == [Listing.icsText(evidence)])
    }

    @Test func foldingPutsExactly75OctetsOnTheFirstLine() {
        let folded = Listing.folded(String(repeating: "a", count: 160))
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.map(\.utf8.count) == [75, 75, 12])
        #expect(Listing.folded("short") == "short\r\n")
    }

    @Test func eventsWithoutAnIdGetAStableHashUID() throws {
        let listing = Listing(
            noun: "events", columns: [.init(key: "start", role: .startDate), .init(key: "what", role: .title)],
            rows: [["2016-10-17", "a"], ["2016-10-17", "b"]])
        let first = value("UID", in: lines(try listing.renderICS(now: now)).logical)
        let second = value("UID", in: lines(try listing.renderICS(now: Date())).logical)
        #expect(first == second)
        #expect(Set(first).count == 2)
        #expect(first.allSatisfy { $0.hasSuffix("@newsq") })
    }

    @Test func anEmptyListingIsACalendarWithoutEvents() throws {
        let text = try events([]).renderICS(now: now)
        #expect(
            text
                == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//newsq//newsq//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n"
        )
    }

    @Test func listingsWithoutDatesOrWithBadDatesAreRefused() {
        let places = Listing(noun: "places", columns: [.init(key: "name", role: .title)], rows: [["Mosul"]])
        #expect(throws: NewsStoreError.self) { try places.render(as: .ics, context: RenderContext()) }
        #expect(throws: NewsStoreError.self) {
            try events([[1, "last week", nil, "approximate", "x", "", ""]]).renderICS(now: now)
        }
    }

    @Test func calendarDaysParseAndFormatLikeTheGregorianCalendar() throws {
        #expect(CalendarDay(partial: "2016-02-30") == nil)
        #expect(CalendarDay(partial: "2015-02", upper: true)?.day == 28)
        #expect(CalendarDay(partial: "2000-02", upper: true)?.day == 29)
        #expect(CalendarDay(partial: "1900-02", upper: true)?.day == 28)
        #expect(CalendarDay(partial: "2016-12-31")?.adding(days: 1).basicFormat == "20170101")
        #expect(CalendarDay.utcTimestamp(Date(timeIntervalSince1970: -1)) == "19691231T235959Z")
        #expect(CalendarDay.utcTimestamp(Date(timeIntervalSince1970: 1_476_723_660.9)) == "20161017T170100Z")
    }
}
