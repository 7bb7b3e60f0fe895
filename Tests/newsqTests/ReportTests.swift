import Foundation
import NewsStore
import Testing

@testable import newsq

/// `newsq report`: one self-contained page whose data, map and drawings match the store, that
/// loads nothing from anywhere, that no article text can break out of, and that a real browser
/// renders with every place and event (when Chromium is installed; CI requires it).
@Suite(.serialized) struct ReportTests {
    static func sampleRun(_ arguments: [String]) throws -> CLIEndToEndTests.Run {
        try CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get()).newsq(arguments)
    }

    /// The page made from the sample database.
    static let samplePage: Result<String, Error> = Result {
        let folder = try CLIEndToEndTests.freshHome()
        let path = folder.appendingPathComponent("report.html").path
        let run = try sampleRun(["report", "mosul", "-o", path])
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func data(in page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"newsq-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = Data(page[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test func thePageCarriesTheSamePlacesEventsAndArticlesAsTheStore() throws {
        let page = try Self.samplePage.get()
        let data = try Self.data(in: page)
        let places = try Self.sampleRun(["places", "--article", "1", "--format", "json", "--limit", "1000"])
        let placeRows = try #require(
            try JSONSerialization.jsonObject(with: Data(places.stdout.utf8)) as? [[String: Any]])
        let reportPlaces = try #require(data["places"] as? [[String: Any]])
        #expect(Set(reportPlaces.map { "\($0["id"] ?? "")" }) == Set(placeRows.map { "\($0["id"] ?? "")" }))
        let events = try Self.sampleRun(["events", "--article", "1", "--format", "json"])
        let eventRows = try #require(
            try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]])
        #expect((data["events"] as? [Any])?.count == eventRows.count)
        #expect((data["articles"] as? [[String: Any]])?.first?["id"] as? Int == 1)
        #expect(page.contains("<mark>Mosul</mark>"))
        // The timeline is drawn in the page with one mark per event.
        #expect(page.components(separatedBy: "class=\"event ").count - 1 == eventRows.count)
    }

    @Test func thePageLoadsNothingFromOutside() throws {
        let page = try Self.samplePage.get()
        #expect(!page.contains("<link"))
        #expect(!page.contains(" src="))
        #expect(!page.contains("@import"))
        #expect(!page.contains("sourceMappingURL"))
        #expect(page.contains("L.map("))  // Leaflet is inside
    }

    @Test func articleTextCannotBreakOutOfThePage() throws {
        let hostile = "</script><script>alert(1)</script><!--"
        let summary = ArticleSummary(
            id: 7, publishedAt: nil, title: hostile, source: nil, authors: [Byline(name: hostile)])
        let data = ReportData(
            query: hostile, filters: [], total: 1, truncated: false,
            articles: [.init(summary: summary, url: "javascript:alert(1)", snippet: hostile)],
            places: [
                PlaceCount(
                    place: Place(id: 3, name: hostile, kind: .city, latitude: 1, longitude: 2, origin: .text),
                    mentions: 1, articles: 1)
            ],
            placeArticles: [3: [7]], events: [], trend: nil)
        let page = ReportPage(data: data).render()
        #expect(!page.contains("<script>alert(1)"))
        #expect(!page.contains("href=\"javascript:"))
        let decoded = try Self.data(in: page)
        #expect((decoded["places"] as? [[String: Any]])?.first?["name"] as? String == hostile)
    }

    @Test func headlessChromiumDrawsEveryPlaceAndEventWithNoNetwork() throws {
        guard let chromium = Picture.executable(named: "chromium", environment: ProcessInfo.processInfo.environment)
        else {
            // CI installs Chromium and sets this, so the browser check never silently disappears there.
            #expect(ProcessInfo.processInfo.environment["NEWSQ_REQUIRE_BROWSER"] == nil, "chromium is not installed")
            return
        }
        let folder = try CLIEndToEndTests.freshHome()
        let path = folder.appendingPathComponent("report.html")
        try Data(try Self.samplePage.get().utf8).write(to: path)
        let dom = try Self.dumpDOM(chromium: chromium, url: path)
        let data = try Self.data(in: try Self.samplePage.get())
        let places = try #require(data["places"] as? [[String: Any]])
        let located = places.filter { !($0["latitude"] is NSNull) && $0["latitude"] != nil }
        #expect(dom.components(separatedBy: "class=\"newsq-place ").count - 1 == located.count)
        #expect(dom.components(separatedBy: "class=\"newsq-country").count - 1 > 150)
        #expect(dom.components(separatedBy: "newsq-mentioned").count - 1 >= 1)
        let events = try #require(data["events"] as? [Any])
        #expect(dom.components(separatedBy: "class=\"event ").count - 1 == events.count)
    }

    /// The DOM after the page's scripts ran, in headless Chromium with every host name unresolvable
    /// (only the loopback address 127.0.0.1 is reached, for the live page).
    static func dumpDOM(chromium: String, url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        let profile = try CLIEndToEndTests.freshHome()
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            // 127.0.0.1 stays reachable for `newsq serve`'s page (ServeTests); every name fails.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--virtual-time-budget=5000", "--dump-dom",
            url.absoluteString,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: dom, as: UTF8.self)
    }
}
