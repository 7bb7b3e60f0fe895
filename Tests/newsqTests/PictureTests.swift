import Foundation
import NewsStore
import Testing

@testable import newsq

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `places --format svg` (a map) and `events --format svg` (a timeline): well-formed XML with one
/// mark per place or event, tooltips, and the same bytes for the same data.
struct PictureTests {
    /// The marks of a drawing: elements whose class list holds `mark`, with their attributes and
    /// tooltip text. Parsing with XMLParser also proves the document is well-formed XML.
    final class Marks: NSObject, XMLParserDelegate {
        struct Mark {
            var name: String
            var attributes: [String: String]
            var title = ""
        }

        let kind: String
        var marks: [Mark] = []
        var elements = 0
        private var open: [Int?] = []
        private var inTitle = false

        init(_ svg: String, kind: String) throws {
            self.kind = kind
            super.init()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = self
            guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements += 1
            if name == "title" { inTitle = true }
            let classes = (attributes["class"] ?? "").split(separator: " ")
            if classes.contains(Substring(kind)) {
                marks.append(Mark(name: name, attributes: attributes))
                open.append(marks.count - 1)
            } else {
                open.append(nil)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inTitle, let index = open.dropLast().last ?? nil else { return }
            marks[index].title += string
        }

        func parser(
            _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
        ) {
            if name == "title" { inTitle = false }
            open.removeLast()
        }
    }

    static func place(
        _ id: Int, _ name: String, latitude: Double? = nil, longitude: Double? = nil, mentions: Int,
        origin: PlaceOrigin = .gazetteer
    ) -> PlaceCount {
        PlaceCount(
            place: Place(
                id: id, name: name, kind: .city, countryCode: "IQ", latitude: latitude, longitude: longitude,
                origin: origin),
            mentions: mentions, articles: 1)
    }

    static func event(_ id: Int, _ date: EventDate, evidence: String = "Forces advanced.") -> Event {
        Event(
            id: id, articleID: 1, articleTitle: "After ISIS loses Mosul", date: date, expression: "on Monday",
            rule: "weekday", evidence: evidence, places: [])
    }

    static func day(_ iso: String) throws -> CalendarDay { try #require(CalendarDay(iso: iso)) }

    @Test func aMapHasOneMarkPerPlaceWithItsTooltipAndUnlocatedPlacesListedApart() throws {
        let places = [
            Self.place(1, "Mosul", latitude: 36.34, longitude: 43.13, mentions: 12),
            Self.place(2, "Tikrit & <Baiji>", latitude: 34.6, longitude: 43.68, mentions: 2),
            Self.place(3, "Dabiq", mentions: 3, origin: .text),
        ]
        let svg = PlaceMap(places: places).render()
        let marks = try Marks(svg, kind: "place")
        #expect(marks.marks.map { $0.attributes["data-id"] ?? "" }.sorted() == ["1", "2", "3"])
        let mosul = try #require(marks.marks.first { $0.attributes["data-id"] == "1" })
        #expect(mosul.name == "circle")
        #expect(mosul.title.contains("Mosul") && mosul.title.contains("12 mentions"))
        let escaped = try #require(marks.marks.first { $0.attributes["data-id"] == "2" })
        #expect(escaped.title.hasPrefix("Tikrit & <Baiji>"))
        // The most mentioned place has the largest circle.
        #expect(Double(mosul.attributes["r"] ?? "") ?? 0 > Double(escaped.attributes["r"] ?? "") ?? 0)
        let dabiq = try #require(marks.marks.first { $0.attributes["data-id"] == "3" })
        #expect(dabiq.name == "rect" && dabiq.attributes["class"]?.contains("unlocated") == true)
        // Countries are drawn, Iraq shaded as mentioned; the credit names both sources.
        let countries = try Marks(svg, kind: "country")
        #expect(countries.marks.count > 5)
        #expect(countries.marks.contains { $0.title == "Iraq" && $0.attributes["class"] == "country mentioned" })
        #expect(svg.contains("Natural Earth") && svg.contains("GeoNames"))
        #expect(PlaceMap(places: places).render() == svg)
    }

    @Test func anEmptyMapIsTheWholeWorldWithNoMarks() throws {
        let svg = PlaceMap(places: []).render()
        #expect(try Marks(svg, kind: "place").marks.isEmpty)
        #expect(try Marks(svg, kind: "country").marks.count > 150)
    }

    @Test func aTimelineHasOneMarkPerEventDotsForDaysAndSpansInTheirOwnLanes() throws {
        let events = [
            Self.event(1, EventDate(day: try Self.day("2016-10-17"))),
            Self.event(2, EventDate(day: try Self.day("2016-10-17")), evidence: "A \"quoted\" <b> & more."),
            Self.event(3, .month(of: try Self.day("2016-09-10"))),
            Self.event(4, .month(of: try Self.day("2016-09-20"))),
            Self.event(5, .year(of: try Self.day("2014-06-01"))),
            Self.event(
                6,
                EventDate(start: try Self.day("2016-10-10"), end: try Self.day("2016-10-16"), precision: .approximate)),
        ]
        let svg = EventTimeline(events: events).render()
        let marks = try Marks(svg, kind: "event")
        #expect(marks.marks.map { $0.attributes["data-id"] ?? "" } == ["1", "2", "3", "4", "5", "6"])
        #expect(marks.marks.prefix(2).allSatisfy { $0.name == "circle" })
        #expect(marks.marks.dropFirst(2).allSatisfy { $0.name == "rect" })
        // Two events on one day stack instead of hiding each other.
        #expect(marks.marks[0].attributes["cy"] != marks.marks[1].attributes["cy"])
        // The two September events overlap in time, so they get different lanes.
        #expect(marks.marks[2].attributes["y"] != marks.marks[3].attributes["y"])
        // A year is wider than a month.
        #expect(
            Double(marks.marks[4].attributes["width"] ?? "") ?? 0 > Double(marks.marks[2].attributes["width"] ?? "")
                ?? 0)
        #expect(marks.marks[1].title.contains("A \"quoted\" <b> & more."))
        #expect(marks.marks[5].title.hasPrefix("~2016-10-10…2016-10-16"))
        #expect(EventTimeline(events: events).render() == svg)
    }

    @Test func axisTicksFollowTheSpanOfTime() throws {
        let week = EventTimeline.ticks(from: try Self.day("2016-10-01"), to: try Self.day("2016-10-09"))
        #expect(week.first?.1 == "10-01" && week.count == 9)
        let months = EventTimeline.ticks(from: try Self.day("2016-01-15"), to: try Self.day("2016-12-20"))
        #expect(months.map(\.1).first == "2016-02" && months.count == 11)
        let years = EventTimeline.ticks(from: try Self.day("1990-05-01"), to: try Self.day("2016-10-17"))
        #expect(years.count <= 14 && years.allSatisfy { $0.1.count == 4 })
    }

    @Test func svgNumbersAndTextAreStable() {
        #expect(SVGWriter.format(1.005) == "1" || SVGWriter.format(1.005) == "1.01")
        #expect(SVGWriter.format(-0.001) == "0")
        #expect(SVGWriter.format(12.5) == "12.5")
        #expect(SVGWriter.format(-3.07) == "-3.07")
        #expect(SVGWriter.escape("a\u{1}b<&\"") == "ab&lt;&amp;&quot;")
    }

    @Test func pngNeedsRsvgConvertAndSaysWhichPackageHasIt() throws {
        #expect {
            try Picture.png(from: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", environment: ["PATH": "/nonexistent"])
        } throws: { error in
            "\(error)".contains("librsvg2-bin")
        }
        guard Picture.executable(named: "rsvg-convert", environment: ProcessInfo.processInfo.environment) != nil else {
            return
        }
        let png = try Picture.png(from: PlaceMap(places: []).render())
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func theCommandsDrawEveryPlaceAndEventTheyList() throws {
        let e2e = CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get())
        for (command, kind) in [("places", "place"), ("events", "event")] {
            let json = try e2e.newsq([command, "--format", "json", "--limit", "1000"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            let svg = try e2e.newsq([command, "--format", "svg", "--limit", "1000"])
            #expect(svg.status == 0, "\(svg.stderr)")
            let marks = try Marks(svg.stdout, kind: kind)
            #expect(!rows.isEmpty)
            #expect(
                marks.marks.map { $0.attributes["data-id"] ?? "" }.sorted() == rows.map { "\($0["id"] ?? "")" }.sorted()
            )
        }
        let refused = try e2e.newsq(["articles", "--format", "svg"])
        #expect(refused.status != 0 && refused.stderr.contains("--format"))
    }
}
