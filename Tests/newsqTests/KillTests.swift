import Foundation
import Testing

@testable import NewsStore

/// `newsq import`, `gazetteer import` and `saved import` killed with SIGKILL at varied moments:
/// after every kill `newsq check` passes, and what the interrupted command wrote is all or
/// nothing — re-running it ends with exactly the expected rows, none lost, none doubled.
///
/// Three kills per command on smaller inputs always; `NEWSQ_SLOW_TESTS=1` (set by .ci/run)
/// makes it 20 kills per command on 200 articles, 20,000 places and 2,000 saved queries.
@Suite(.serialized) struct KillTests {
    static let slow = ProcessInfo.processInfo.environment["NEWSQ_SLOW_TESTS"] == "1"
    static let kills = slow ? 20 : 3

    let home: URL
    init() throws { home = try CLIEndToEndTests.freshHome() }

    /// A database with the shipped countries loaded (what every import needs first), closed.
    static let base: Result<URL, Error> = Result {
        let path = try CLIEndToEndTests.freshHome().appendingPathComponent("base.sqlite")
        do {
            let store = try NewsStore(path: path.path, access: .create)
            try store.storage.prepareGazetteer()
        }
        return path
    }

    /// `count` distinct articles, each with a title of its own, in a new folder.
    func articleFolder(_ count: Int) throws -> (folder: URL, titles: Set<String>) {
        let folder = home.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let places = ["Mosul", "Baghdad", "Damascus", "Aleppo", "Erbil", "Kirkuk", "Raqqa", "Tikrit"]
        let people = ["Jane Doe", "John Roe", "Amal Haddad", "Omar Saleh"]
        var titles: Set<String> = []
        for number in 0..<count {
            let place = places[number % places.count]
            let other = places[(number * 5 + 3) % places.count]
            let title = "Dispatch \(number) from \(place)"
            titles.insert(title)
            let text = """
                \(title)

                By \(people[number % people.count]), Reuters

                Updated 9:00 AM ET, Tue October \(1 + number % 28), 2016

                Officials in \(place) said on Tuesday that talks with \(other) would resume on November \
                \(1 + number % 27), 2016, after item \(number) of the agenda was agreed.

                \(String(repeating: "Residents of \(place) and \(other) waited for word of the talks. ", count: 20))
                """
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "dispatch-%04d.txt", number)))
        }
        return (folder, titles)
    }

    /// A fresh copy of the base database.
    func copyOfBase(_ name: String) throws -> URL {
        let copy = home.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: try Self.base.get(), to: copy)
        return copy
    }

    /// Starts the built newsq with `arguments`, output discarded.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLIEndToEndTests.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `arguments` to the end and returns how long it took, failing the test on a non-zero exit.
    func runToEnd(_ arguments: [String]) throws -> Duration {
        let clock = ContinuousClock()
        let began = clock.now
        let process = try start(arguments)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(arguments) exited \(process.terminationStatus)")
        return clock.now - began
    }

    /// Starts `arguments`, kills it with SIGKILL after `delay` (unless it ended first), then
    /// checks the database with `newsq check`. Returns whether the kill landed mid-run.
    func killAndCheck(_ arguments: [String], database: URL, after delay: Duration) throws -> Bool {
        let process = try start(arguments)
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let check = try CLIEndToEndTests(home: home).newsq(["check", "--db", database.path])
        #expect(check.status == 0, "check after a kill at \(delay): \(check.stdout) \(check.stderr)")
        return running && process.terminationReason == .uncaughtSignal
    }

    /// The kill moments: spread over `duration` from 5 % to 95 %, each shifted a little so the
    /// rounds do not line up with batch boundaries.
    static func delays(over duration: Duration) -> [Duration] {
        (0..<kills).map { round in
            let fraction = kills == 1 ? 0.5 : 0.05 + 0.9 * Double(round) / Double(kills - 1)
            let jitter = Double((round * 7_919) % 13) / 400
            return duration * min(fraction + jitter, 0.98)
        }
    }

    static func scalar(_ database: URL, _ sql: String) throws -> Int {
        let db = try Connection(path: database.path, mode: .readOnly)
        return try db.queryFirst(sql) { $0.int(0) ?? -1 } ?? -1
    }

    @Test func anImportKilledAtAnyMomentLosesAndDoublesNothing() throws {
        let (folder, titles) = try articleFolder(Self.slow ? 200 : 100)
        let full = try copyOfBase("measure.sqlite")
        let duration = try runToEnd(["import", "--db", full.path, folder.path])
        #expect(try Self.scalar(full, "SELECT count(*) FROM article") == titles.count)
        var midRun = 0
        var midWrite = 0
        for (round, delay) in Self.delays(over: duration).enumerated() {
            let database = try copyOfBase("kill-\(round).sqlite")
            let arguments = ["import", "--db", database.path, folder.path]
            if try killAndCheck(arguments, database: database, after: delay) { midRun += 1 }
            let kept = try Self.scalar(database, "SELECT count(*) FROM article")
            #expect((0...titles.count).contains(kept))
            if kept > 0 && kept < titles.count { midWrite += 1 }
            _ = try runToEnd(arguments)
            let db = try Connection(path: database.path, mode: .readOnly)
            let stored = try db.query("SELECT title FROM article") { try $0.text("title") }
            #expect(stored.count == titles.count, "round \(round): \(stored.count) articles, \(kept) after the kill")
            #expect(Set(stored) == titles, "round \(round)")
            #expect(try Self.scalar(database, "SELECT count(DISTINCT content_hash) FROM article") == titles.count)
            let check = try CLIEndToEndTests(home: home).newsq(["check", "--db", database.path])
            #expect(check.status == 0, "round \(round): \(check.stdout)")
            try? FileManager.default.removeItem(at: database)
        }
        #expect(midRun > 0, "no kill landed while the import ran")
        print(
            "kill test: import of \(titles.count) articles took \(duration); \(Self.kills) kills, \(midRun) mid-run, "
                + "\(midWrite) with some articles stored")
    }

    @Test func aGazetteerImportKilledAtAnyMomentIsAllOrNothing() throws {
        let places = Self.slow ? 20_000 : 15_000
        let file = home.appendingPathComponent("places.txt")
        var lines = ""
        for number in 0..<places {
            let id = 90_000_000 + number
            let lat = Double(number % 170) - 85 + 0.5
            let lon = Double(number % 350) - 175 + 0.25
            let columns = [
                "\(id)", "Testplace \(number)", "Testplace \(number)", "Tp\(number),Place \(number)", "\(lat)",
                "\(lon)", "P", "PPL", "IQ", "", "01", "", "", "", "\(1000 + number)", "", "", "Asia/Baghdad",
                "2024-01-01",
            ]
            lines += columns.joined(separator: "\t") + "\n"
        }
        try Data(lines.utf8).write(to: file)
        let count = "SELECT count(*) FROM place WHERE geonames_id >= 90000000"
        let full = try copyOfBase("measure.sqlite")
        let duration = try runToEnd(["gazetteer", "import", "--db", full.path, file.path])
        #expect(try Self.scalar(full, count) == places)
        var midRun = 0
        for (round, delay) in Self.delays(over: duration).enumerated() {
            let database = try copyOfBase("kill-\(round).sqlite")
            let arguments = ["gazetteer", "import", "--db", database.path, file.path]
            if try killAndCheck(arguments, database: database, after: delay) { midRun += 1 }
            let kept = try Self.scalar(database, count)
            #expect(kept == 0 || kept == places, "round \(round): \(kept) of \(places) places after the kill")
            _ = try runToEnd(arguments)
            #expect(try Self.scalar(database, count) == places, "round \(round)")
            try? FileManager.default.removeItem(at: database)
        }
        #expect(midRun > 0, "no kill landed while the gazetteer import ran")
        print(
            "kill test: gazetteer import of \(places) places took \(duration); \(Self.kills) kills, \(midRun) mid-run")
    }

    @Test func aSavedQueryImportKilledAtAnyMomentIsAllOrNothing() throws {
        let queries = Self.slow ? 2_000 : 1_000
        let folder = home.appendingPathComponent("queries")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 0..<queries {
            let text = """
                -- name: generated-\(number)
                -- description: Articles whose title mentions a word, number \(number)
                -- kind: sql
                SELECT id, title FROM article WHERE title LIKE '%\(number)%' ORDER BY id

                """
            try Data(text.utf8).write(to: folder.appendingPathComponent("generated-\(number).sql"))
        }
        let count = "SELECT count(*) FROM saved_query WHERE name LIKE 'generated-%'"
        let full = try copyOfBase("measure.sqlite")
        // --replace: a kill after COMMIT leaves every query stored, and the same command run
        // again must then succeed (without it, it refuses the names it finds).
        let duration = try runToEnd(["saved", "import", "--replace", "--db", full.path, folder.path])
        #expect(try Self.scalar(full, count) == queries)
        var midRun = 0
        for (round, delay) in Self.delays(over: duration).enumerated() {
            let database = try copyOfBase("kill-\(round).sqlite")
            let arguments = ["saved", "import", "--replace", "--db", database.path, folder.path]
            if try killAndCheck(arguments, database: database, after: delay) { midRun += 1 }
            let kept = try Self.scalar(database, count)
            #expect(kept == 0 || kept == queries, "round \(round): \(kept) of \(queries) saved queries after the kill")
            _ = try runToEnd(arguments)
            #expect(try Self.scalar(database, count) == queries, "round \(round)")
            try? FileManager.default.removeItem(at: database)
        }
        #expect(midRun > 0, "no kill landed while the saved query import ran")
        print("kill test: saved import of \(queries) queries took \(duration); \(Self.kills) kills, \(midRun) mid-run")
    }
}
