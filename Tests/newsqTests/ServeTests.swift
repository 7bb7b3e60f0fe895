import Foundation
import NewsStore
import Testing

@testable import newsq

/// `newsq serve`: what each path answers (`ServeSite`, tested without a server in every build),
/// and the built binary serving them over HTTP (only when built with the `Server` trait:
/// `swift test --traits Server --filter ServeTests`; skipped otherwise).
@Suite(.serialized) struct ServeTests {
    /// True when this build has the `Server` package trait, so the binary can serve.
    static let serverBuilt: Bool = {
        #if Server
            true
        #else
            false
        #endif
    }()

    static var sampleDatabase: String {
        get throws { try CLIEndToEndTests.sampleHome.get().appendingPathComponent("data/newsq/news.sqlite").path }
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    // MARK: The site, without a server

    @Test func theSiteAnswersEachPathFromTheSampleStoreAndRefusesBadParametersByName() throws {
        let site = ServeSite(databasePath: try Self.sampleDatabase, pageSize: 1)
        let search = site.respond(path: "/search", parameters: [("q", "mosul")])
        #expect(search.status == 200)
        #expect((try Self.json(search.body) as? [Any])?.count == 1)
        let places = site.respond(path: "/places.geojson", parameters: [])
        #expect(places.contentType.hasPrefix("application/geo+json"))
        let features = try #require((try Self.json(places.body) as? [String: Any])?["features"] as? [[String: Any]])
        #expect(features.count > 1)  // read one row at a time (pageSize 1), yet every place is there
        let page = site.respond(path: "/", parameters: [("q", "mosul"), ("bbox", "38.8,29.1,48.6,37.4")])
        #expect(page.status == 200 && page.body.contains("<form class=\"search\""))
        #expect(page.body.contains("value=\"38.8,29.1,48.6,37.4\""))
        let refusals: [(String, [(name: String, value: String)], String)] = [
            ("/search", [], "q"), ("/search", [("q", "mosul"), ("bbox", "1,2")], "bbox"),
            ("/places.geojson", [("bbox", "0,50,10,40")], "bbox"),
            ("/trend", [("q", "mosul"), ("by", "decade")], "by"),
            ("/events.json", [("since", "soonish")], "since"), ("/events.json", [("until", ":until")], "until"),
            ("/search", [("q", "\"")], "q"),
            ("/search", [("q", "mosul"), ("colour", "red")], "colour"),
        ]
        for (path, parameters, name) in refusals {
            let answer = site.respond(path: path, parameters: parameters)
            #expect(answer.status == 400, "\(path) \(parameters)")
            let error = try #require(try Self.json(answer.body) as? [String: Any])
            #expect(error["parameter"] as? String == name)
            #expect(answer.body.split(separator: "\n").count == 1)
        }
        #expect(site.respond(path: "/nope", parameters: []).status == 404)
    }

    @Test func sinceAndUntilTakeTheRelativeDatesOfTheCommandLine() throws {
        let today = DayExpression.today
        let relative = try ServeParameters([("since", "7d"), ("until", "yesterday")])
        #expect(relative.since == today.adding(days: -7) && relative.until == today.adding(days: -1))
        let weekday = try ServeParameters([("since", "last monday")])
        #expect(weekday.since == (try DayExpression(parsing: "last monday").resolve(today: today, upper: false)))
        let month = try ServeParameters([("since", "2016-10"), ("until", "2016-10")])
        #expect(month.since?.iso == "2016-10-01" && month.until?.iso == "2016-10-31")
        #expect(throws: ServeError.self) { try ServeParameters([("since", ":since")]) }
        let site = ServeSite(databasePath: try Self.sampleDatabase)
        let recent = site.respond(path: "/search", parameters: [("q", "mosul"), ("since", "7d")])
        #expect(recent.status == 200)
        #expect((try Self.json(recent.body) as? [Any])?.isEmpty == true)
        let years = site.respond(path: "/search", parameters: [("q", "mosul"), ("since", "100y")])
        #expect(years.status == 200)
        #expect((try Self.json(years.body) as? [Any])?.count == 1)
    }

    @Test func theLivePageCarriesItsRequestInTheFormAndEscapesIt() throws {
        let hostile = "\"><script>alert(1)</script>"
        let live = try ServeParameters([("q", hostile), ("since", "2016-10")])
        let data = ReportData(
            query: hostile, filters: [], total: 0, truncated: false, articles: [], places: [], placeArticles: [:],
            events: [], trend: nil)
        let page = ReportPage(data: data, live: live).render()
        #expect(!page.contains("<script>alert(1)"))
        #expect(page.contains("name=\"since\" value=\"2016-10-01\""))
        #expect(page.contains("window.newsqMap"))
        #expect(!ReportPage(data: data).render().contains("<form"))  // the report file has no form
    }

    // MARK: The binary

    @Test(.enabled(if: !serverBuilt)) func withoutTheTraitServeSaysInOneLineHowToBuildIt() throws {
        let run = try CLIEndToEndTests(home: try CLIEndToEndTests.freshHome()).newsq(["serve"])
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("swift build -c release --traits Server"))
    }

    @Test(.enabled(if: serverBuilt)) func theServerAnswersEveryEndpointAsTheCommandLineDoes() throws {
        let home = try Self.homeWithManyArticles()
        let cli = CLIEndToEndTests(home: home)
        // The command line's answers first: its commands open the store for writing (and
        // checkpoint it on close), the server must not.
        let count = try cli.newsq(["search", "mosul", "--count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let total = try #require(Int(count))
        #expect(total > 20)  // more than one page of the CLI
        let cliPlaces = try Self.features(try cli.newsq(["places", "--format", "geojson", "--limit", "100000"]).stdout)
        let cliEvents = try #require(
            try Self.json(try cli.newsq(["events", "--format", "json", "--limit", "100000"]).stdout) as? [Any])
        let cliTrend = try #require(
            try Self.json(try cli.newsq(["trend", "mosul", "--by", "month", "--format", "json"]).stdout)
                as? [[String: Any]])

        let server = try RunningServer(home: home)
        defer { server.stop() }
        let database = home.appendingPathComponent("data/newsq/news.sqlite").path
        let before = try Self.fileStates(database)

        let hits = try #require(try Self.json(try server.get("/search?q=mosul").body) as? [[String: Any]])
        #expect(hits.count == total)
        let served = try Self.features(try server.get("/places.geojson").body)
        #expect(served.map(\.id) == cliPlaces.map(\.id))
        let iraq = try BoundingBox(west: 38.8, south: 29.1, east: 48.6, north: 37.4)
        let inside = try Self.features(try server.get("/places.geojson?bbox=38.8,29.1,48.6,37.4").body)
        let expected = cliPlaces.filter { point in
            point.coordinates.map { iraq.contains(latitude: $0.lat, longitude: $0.lon) } ?? false
        }
        #expect(Set(inside.map(\.id)) == Set(expected.map(\.id)))
        #expect(!inside.isEmpty && inside.count < cliPlaces.count)
        let events = try #require(try Self.json(try server.get("/events.json").body) as? [Any])
        #expect(events.count == cliEvents.count)
        let trend = try #require(try Self.json(try server.get("/trend?q=mosul&by=month").body) as? [[String: Any]])
        #expect(trend.count == cliTrend.count)
        #expect(trend.map { $0["matches"] as? Int ?? -1 } == cliTrend.map { $0["matches"] as? Int ?? -2 })
        #expect(try server.get("/?q=mosul&place=Mosul&bbox=38.8,29.1,48.6,37.4").status == 200)

        let bad = try server.get("/places.geojson?bbox=1,2")
        #expect(bad.status == 400 && bad.body.contains("\"parameter\":\"bbox\""))
        #expect(try server.get("/search").status == 400)
        #expect(try server.get("/no/such/page").status == 404)
        #expect(try Self.fileStates(database) == before, "\(before)")  // only read: no byte of the store changed

        // The port is now taken: a second server says so in one line and fails.
        let second = try cli.newsq(["serve", "--port", "\(server.port)"])
        #expect(second.status == 1)
        #expect(second.stderr.split(separator: "\n").count == 1 && second.stderr.contains("taken"))
    }

    @Test(.enabled(if: serverBuilt)) func theLivePagePassesTheReportsBrowserChecks() throws {
        guard let chromium = Picture.executable(named: "chromium", environment: ProcessInfo.processInfo.environment)
        else {
            #expect(ProcessInfo.processInfo.environment["NEWSQ_REQUIRE_BROWSER"] == nil, "chromium is not installed")
            return
        }
        let home = try CLIEndToEndTests.sampleHome.get()
        let server = try RunningServer(home: home)
        defer { server.stop() }
        let page = try server.get("/?q=mosul")
        #expect(page.status == 200)
        let data = try ReportTests.data(in: page.body)
        let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/?q=mosul"))
        let dom = try ReportTests.dumpDOM(chromium: chromium, url: url)
        let places = try #require(data["places"] as? [[String: Any]])
        let located = places.filter { !($0["latitude"] is NSNull) && $0["latitude"] != nil }
        #expect(!located.isEmpty)
        #expect(dom.components(separatedBy: "class=\"newsq-place ").count - 1 == located.count)
        #expect(dom.components(separatedBy: "class=\"newsq-country").count - 1 > 150)
        #expect(dom.components(separatedBy: "newsq-mentioned").count - 1 >= 1)
        let events = try #require(data["events"] as? [Any])
        #expect(dom.components(separatedBy: "class=\"event ").count - 1 == events.count)
        #expect(dom.contains("<form class=\"search\""))
        // Only what is inside the map: a box round Iraq keeps Mosul and leaves out Damascus.
        let boxed = try ReportTests.data(in: try server.get("/?q=mosul&bbox=38.8,29.1,48.6,37.4").body)
        let names = Set(((boxed["places"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names.contains("Mosul") && !names.contains("Damascus"))
    }

    // MARK: Helpers

    /// Size and modification time of the database, and the size of its WAL (a write would go
    /// there first). A read-only reader may create an empty WAL, so a missing one counts as 0.
    static func fileStates(_ path: String) throws -> [String] {
        let manager = FileManager.default
        let attributes = try manager.attributesOfItem(atPath: path)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let wal = manager.fileExists(atPath: path + "-wal") ? try manager.attributesOfItem(atPath: path + "-wal") : [:]
        return ["\(attributes[.size] ?? 0) \(modified)", "wal \((wal[.size] as? Int) ?? 0)"]
    }

    /// A feature's id and point (nil for a place known by name only).
    struct Feature {
        var id: Int
        var coordinates: (lat: Double, lon: Double)?
    }

    static func features(_ text: String) throws -> [Feature] {
        let collection = try #require(try json(text) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        return try features.map { feature in
            let id = try #require(feature["id"] as? Int)
            let point = ((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double]).map {
                (lat: $0[1], lon: $0[0])
            }
            return Feature(id: id, coordinates: point)
        }
    }

    /// A home whose default database holds the sample and 30 more articles about Mosul, some
    /// also about Damascus or Baghdad, published over three months.
    static func homeWithManyArticles() throws -> URL {
        let home = try CLIEndToEndTests.freshHome()
        let folder = home.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let others = ["Damascus", "Baghdad", "Erbil"]
        for number in 1...30 {
            let month = 10 + number % 3
            let day = 1 + number % 28
            let date = String(format: "2016-%02d-%02d", month, day)
            let other = others[number % others.count]
            let text = """
                 date \(date) Breaking News

                Report \(number): the road from Mosul to \(other)

                By Test Writer \(number), CNN

                Forces near Mosul moved on \(date), officials in \(other) said in report number \(number).
                Aid groups in Mosul counted \(number * 7) families who left.

                """
            try Data(text.utf8).write(to: folder.appendingPathComponent("report-\(number).txt"))
        }
        let run = try CLIEndToEndTests(home: home).newsq(["import", folder.path])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown) }
        return home
    }
}
