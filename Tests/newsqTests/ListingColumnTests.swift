import NewsStore
import Testing

@testable import newsq

/// Listings built from typed columns: each cell is read by its own column.
@Suite struct ListingColumnTests {
    private struct Town {
        let name: String
        let people: Int?
    }

    private let towns = [Town(name: "Qayyara", people: 15_000), Town(name: "Dabiq", people: nil)]

    private let name = ListingColumn<Town>("name", "Town", flexible: true, role: .title) { .string($0.name) }
    private let people = ListingColumn<Town>("people", "People", inTable: false) { OutputValue($0.people) }

    @Test func eachCellComesFromItsOwnColumnInWhateverOrderTheColumnsAre() {
        let forwards = Listing(noun: "towns", rows: towns, columns: [name, people])
        #expect(forwards.columns.map(\.key) == ["name", "people"])
        #expect(forwards.rows == [["Qayyara", 15_000], ["Dabiq", nil]])
        let backwards = Listing(noun: "towns", rows: towns, columns: [people, name])
        #expect(backwards.rows == [[15_000, "Qayyara"], [nil, "Dabiq"]])
        #expect(backwards.renderCSV() == "people,name\r\n15000,Qayyara\r\n,Dabiq\r\n")
    }

    @Test func aColumnNotInTablesIsLeftOutOfTablesOnly() throws {
        let listing = Listing(noun: "towns", rows: towns, columns: [name, people])
        #expect(listing.columns[1].detail && !listing.columns[0].detail)
        #expect(listing.columns[0].flexible && listing.columns[0].role == .title && listing.columns[0].header == "Town")
        let table = try listing.render(as: .table, context: RenderContext())
        #expect(!table.contains("People") && table.contains("Qayyara"))
        #expect(try listing.render(as: .tsv, context: RenderContext()).hasPrefix("name\tpeople\n"))
    }

    @Test func aRowNestsAsAnObjectUnderTheSameKeys() {
        #expect(
            ListingColumn.object(towns[1], [name, people]) == .object([.init("name", "Dabiq"), .init("people", nil)]))
    }

    @Test func anApproximateEventDateReadsAsItsSpanNotAsOneDay() throws {
        let first = try #require(CalendarDay(iso: "2016-10-10"))
        let last = try #require(CalendarDay(iso: "2016-10-16"))
        #expect(
            Listings.dateLabel(EventDate(start: first, end: last, precision: .approximate)) == "~2016-10-10…2016-10-16")
        #expect(Listings.dateLabel(EventDate(start: first, end: first, precision: .approximate)) == "~2016-10-10")
        #expect(Listings.dateLabel(EventDate(day: first)) == "2016-10-10")
        let october = try #require(CalendarDay(iso: "2016-10-31"))
        #expect(
            Listings.dateLabel(
                EventDate(start: try #require(CalendarDay(iso: "2016-10-01")), end: october, precision: .month))
                == "2016-10")
    }
}
