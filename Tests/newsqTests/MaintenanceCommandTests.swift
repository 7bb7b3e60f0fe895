import Foundation
import NewsStore
import Testing

@testable import newsq

/// `newsq check`, `backup` and `optimize` run as a user would, and the limits of `search` and
/// `run` as parsed.
@Suite(.serialized) struct MaintenanceCommandTests {
    func sample(_ arguments: [String]) throws -> CLIEndToEndTests.Run {
        try CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get()).newsq(arguments)
    }

    @Test func checkPrintsOneLinePerCheckAndExitsZeroOnAHealthyDatabase() throws {
        let run = try sample(["check"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2 + 7)
        #expect(lines.dropFirst(2).allSatisfy { $0.contains(" ok ") })
        let json = try sample(["check", "--format", "json"])
        let checks = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(checks.map { $0["check"] ?? "" }.first == "integrity")
        #expect(checks.allSatisfy { $0["status"] == "ok" })
    }

    @Test func backupWritesAPrivateCopyThatChecksCleanAndNeverOverwrites() throws {
        let folder = try CLIEndToEndTests.freshHome()
        let target = folder.appendingPathComponent("copy.sqlite").path
        let first = try sample(["backup", target])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("backed up "))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let again = try sample(["backup", target])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("newsq: error: cannot back up to \(target): a file is already there"))
        #expect(again.stderr.split(separator: "\n").count == 1)
        let check = try sample(["check", "--db", target])
        #expect(check.status == 0, "\(check.stdout)")
        let optimize = try sample(["optimize", "--db", target])
        #expect(optimize.status == 0, "\(optimize.stderr)")
        #expect(optimize.stdout.contains(" → "))
    }

    @Test func searchTakesATimeLimitAndRefusesOneThatIsNotPositive() throws {
        let search = try #require(try Newsq.parseAsRoot(["search", "--timeout", "2.5", "mosul"]) as? Newsq.Search)
        #expect(search.timeout == 2.5)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["search", "--timeout", "0", "mosul"]) }
        let run = try #require(try Newsq.parseAsRoot(["run", "q", "--max-mb", "8"]) as? Newsq.Run)
        #expect(run.maxMegabytes == 8)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["run", "q", "--max-mb", "0"]) }
    }

    @Test func aSearchStoppedByItsTimeLimitSaysWhatToDo() {
        let line = ErrorOutput.line(for: NewsStoreError.searchTimedOut(query: "x* x*", seconds: 10), json: false)
        #expect(
            line == "newsq: error: search stopped after 10 s: \"x* x*\" takes longer than that; "
                + "narrow the query or raise --timeout")
    }
}
