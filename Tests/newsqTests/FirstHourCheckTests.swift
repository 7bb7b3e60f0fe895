import Foundation
import Testing

/// Walls of a new user's first hour (issue 12), each run as the user met it with the built binary.
/// The foreign-database and `places --help` walls have their tests in ReadOnlyCommandTests and
/// NewsqParsingTests.
@Suite(.serialized) struct FirstHourCheckTests {
    let e2e: CLIEndToEndTests

    init() throws { e2e = CLIEndToEndTests(home: try CLIEndToEndTests.freshHome()) }

    @Test func showPrintsOneJSONObjectAndAnArrayOnlyForSeveralIds() throws {
        let one = try e2e.onSample(["show", "1", "--format", "json"])
        #expect(one.status == 0 && one.stdout.hasPrefix("{"), "\(one.stdout.prefix(80))")
        let object = try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "What happens after ISIS loses Mosul?")
        let two = try e2e.onSample(["show", "1", "1", "--format", "json"])
        let array = try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 2 && array?.last?["id"] as? Int == 1)
        // The same keys either way.
        #expect(Set(object?.keys.map { $0 } ?? []) == Set(array?.first?.keys.map { $0 } ?? ["none"]))
        let people = try e2e.onSample(["show", "1", "1"])
        #expect(people.stdout.components(separatedBy: "What happens after ISIS loses Mosul?\n").count == 3)
    }

    @Test func aNegativeLimitOrABadDateIsAUsageErrorSayingWhatItMustBe() throws {
        for (arguments, message) in [
            (["search", "mosul", "--limit", "-1"], "--limit must be at least 1"),
            (["articles", "--offset", "-5"], "--offset cannot be negative"),
            (["places", "--limit", "-1"], "--limit must be at least 1"),
            (["search", "mosul", "--since", "2016-13-45"], "invalid --since \"2016-13-45\""),
            (["events", "--until", "soonish"], "invalid --until \"soonish\""),
        ] {
            let run = try e2e.newsq(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("Missing value"), "\(arguments): \(run.stderr)")
        }
    }

    @Test func articlesAreListedByCountryWithoutSearchWords() throws {
        let syria = try e2e.onSample(["articles", "--country", "Syria", "--format", "csv"])
        #expect(syria.status == 0, "\(syria.stderr)")
        #expect(syria.stdout.components(separatedBy: "\r\n").dropFirst().first?.hasPrefix("1,2016-10-17,") == true)
        let japan = try e2e.onSample(["articles", "--country", "JP", "--format", "csv"])
        #expect(japan.status == 0 && japan.stdout == "id,published_at,title,authors,source\r\n")
        let narnia = try e2e.onSample(["articles", "--country", "Narnia"])
        #expect(narnia.status != 0 && narnia.stderr.contains("--country \"Narnia\""), "\(narnia.stderr)")
    }

    @Test func aPlacesPageSaysOnStderrThatMoreFollow() throws {
        // `places` used to show 100 of 790 with no word of the rest.
        let places = try e2e.onSample(["places", "--limit", "5", "--format", "csv"])
        #expect(places.stdout.components(separatedBy: "\r\n").count == 7)  // header, 5 rows, end
        #expect(places.stderr.contains("showing places 1–5; more follow: --offset 5 shows the next ones"))
    }

    @Test func savedExportToADashIsRefusedAndCreatesNoFolderNamedDash() throws {
        let run = try e2e.newsq(["saved", "export", "-"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("give a folder"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: e2e.home.appendingPathComponent("-").path))
        let folder = try e2e.newsq(["saved", "export", "queries"])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(FileManager.default.fileExists(atPath: e2e.home.appendingPathComponent("queries").path))
    }
}
