import Foundation
import Testing

/// One JSON shape per kind of object, whichever command prints it (issue 12): an author is
/// `{name, role, outlet}` in `search`, `articles`, `show`, `extract` and `run`, and a place's
/// `mentions` is a count in `show`, `places` and `extract` (`extract` lists where each mention
/// stands under `spans`). Run with the built binary on the sample data.
@Suite(.serialized) struct JSONShapeTests {
    let e2e: CLIEndToEndTests

    init() throws { e2e = CLIEndToEndTests(home: try CLIEndToEndTests.freshHome()) }

    static let authorKeys: Set<String> = ["name", "role", "outlet"]
    static let seedAuthor: [String: String] = [
        "name": "Peter Bergen", "role": "CNN National Security Analyst", "outlet": "CNN",
    ]

    static var seedFile: String {
        CLIEndToEndTests.packageRoot.appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt")
            .path
    }

    /// The JSON a run printed, after checking it succeeded.
    static func json(_ run: CLIEndToEndTests.Run, _ what: String) throws -> Any {
        #expect(run.status == 0, "\(what): \(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// The `authors` of an object, each checked to be an author object of exactly the shared keys.
    static func authors(of object: [String: Any]?, _ what: String) throws -> [[String: String]] {
        let authors = try #require(object?["authors"] as? [[String: Any]], "\(what) has no authors array")
        for author in authors {
            #expect(Set(author.keys) == authorKeys, "\(what): \(author.keys.sorted())")
        }
        return authors.map { $0.compactMapValues { $0 as? String } }
    }

    @Test func everyCommandGivesAuthorsAsTheSameNameRoleOutletObjects() throws {
        var seen: [String: [[String: String]]] = [:]
        let search = try Self.json(try e2e.onSample(["search", "mosul", "--format", "json"]), "search")
        seen["search"] = try Self.authors(of: (search as? [[String: Any]])?.first, "search")
        let articles = try Self.json(try e2e.onSample(["articles", "--format", "json"]), "articles")
        seen["articles"] = try Self.authors(of: (articles as? [[String: Any]])?.first, "articles")
        let lines = try e2e.onSample(["articles", "--format", "jsonl"]).stdout.split(separator: "\n")
        let line = try JSONSerialization.jsonObject(with: Data(try #require(lines.first).utf8))
        seen["articles jsonl"] = try Self.authors(of: line as? [String: Any], "articles jsonl")
        let show = try Self.json(try e2e.onSample(["show", "1", "--format", "json"]), "show")
        seen["show"] = try Self.authors(of: show as? [String: Any], "show")
        let extract = try Self.json(try e2e.onSample(["extract", Self.seedFile]), "extract")
        seen["extract"] = try Self.authors(of: (extract as? [String: Any])?["article"] as? [String: Any], "extract")

        // A saved search run (it writes the saved query, so in a home of its own).
        let add = try e2e.newsq(["saved", "add", "weekly", "--search", "mosul", "--since", ":since"])
        #expect(add.status == 0, "\(add.stderr)")
        let run = try Self.json(
            try e2e.newsq(["run", "weekly", "--param", "since=2016-10", "--format", "json"]), "run")
        seen["run"] = try Self.authors(of: (run as? [[String: Any]])?.first, "run")

        #expect(seen.count == 6)
        for (command, authors) in seen {
            #expect(authors == [Self.seedAuthor], "\(command): \(authors)")
        }
    }

    @Test func tableAndCSVCellsShowAuthorsByName() throws {
        let csv = try e2e.onSample(["search", "mosul", "--format", "csv"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows.first?.hasPrefix("id,published_at,title,authors,") == true)
        #expect(rows.count > 1 && rows[1].contains(",Peter Bergen,"), "\(rows.prefix(2))")
        let tsv = try e2e.onSample(["articles", "--format", "tsv"])
        #expect(
            tsv.stdout.split(separator: "\n").last?.split(separator: "\t").map(String.init).contains("Peter Bergen")
                == true)
        for arguments in [["articles"], ["search", "mosul"], ["show", "1", "--format", "csv"]] {
            let run = try e2e.onSample(arguments)
            #expect(run.status == 0 && run.stdout.contains("Peter Bergen"), "\(arguments)")
            #expect(!run.stdout.contains("\"outlet\""), "\(arguments): \(run.stdout.prefix(300))")
        }
    }

    @Test func aPlaceHasTheSameKeysAndAMentionCountInShowPlacesAndExtract() throws {
        let places = try #require(
            try Self.json(try e2e.onSample(["places", "--article", "1", "--format", "json"]), "places")
                as? [[String: Any]])
        let show = try #require(
            (try Self.json(try e2e.onSample(["show", "1", "--format", "json"]), "show") as? [String: Any])?["places"]
                as? [[String: Any]])
        let extract = try #require(
            (try Self.json(try e2e.onSample(["extract", Self.seedFile]), "extract") as? [String: Any])?["places"]
                as? [[String: Any]])
        #expect(!places.isEmpty && !show.isEmpty && !extract.isEmpty)

        // `show` nests the place of `places` without its article count.
        let placeKeys = Set(try #require(places.first).keys)
        for place in show { #expect(Set(place.keys) == placeKeys.subtracting(["articles"])) }
        // `extract` has no stored id yet, and adds the dry run's details and `spans`.
        for place in extract {
            #expect(Set(place.keys).isSuperset(of: placeKeys.subtracting(["id", "articles"])), "\(place.keys)")
        }

        // `mentions` is a count everywhere, the same count for the same place.
        func counts(_ list: [[String: Any]]) -> [String: Int] {
            Dictionary(
                list.compactMap { place in (place["name"] as? String).map { ($0, place["mentions"] as? Int ?? -1) } }
            ) {
                first, _ in first
            }
        }
        let listed = counts(places)
        let shown = counts(show)
        let extracted = counts(extract)
        #expect(listed == shown)
        #expect(listed["Mosul"] == 33 && extracted["Mosul"] == 33)
        #expect(listed.values.allSatisfy { $0 > 0 } && extracted.values.allSatisfy { $0 > 0 })
        // The spans are the mentions, one each.
        for place in extract {
            let spans = try #require(place["spans"] as? [[String: Any]], "\(place["name"] ?? "?")")
            #expect(spans.count == place["mentions"] as? Int)
            #expect(spans.allSatisfy { Set($0.keys) == ["surface", "field", "start", "end", "sentence"] })
        }
    }
}
