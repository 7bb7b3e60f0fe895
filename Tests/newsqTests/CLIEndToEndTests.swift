import Foundation
import Testing

/// Runs the built `newsq` binary as a user would and checks stdout, stderr and the exit status.
@Suite(.serialized) struct CLIEndToEndTests {
    /// The result of one run.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `newsq` executable built next to this test bundle.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "newsq")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/newsq")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A private data home, so the default database is created fresh for the test.
    let home: URL

    init() throws {
        home = try Self.freshHome()
    }

    static func freshHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// A home whose default database already holds the sample data, shared by tests that only
    /// read (creating the database loads the gazetteer, which takes seconds).
    static let sampleHome: Result<URL, Error> = Result {
        let home = try freshHome()
        let run = try CLIEndToEndTests(home: home).newsq(["articles"])
        guard run.status == 0 else { throw CocoaError(.fileReadUnknown) }
        return home
    }

    init(home: URL) { self.home = home }

    /// Runs against the shared sample database.
    func onSample(_ arguments: [String]) throws -> Run {
        try CLIEndToEndTests(home: try Self.sampleHome.get()).newsq(arguments)
    }

    func newsq(_ arguments: [String], stdin: String? = nil, binary: URL = CLIEndToEndTests.binary) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = home
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        environment["COLUMNS"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aKilledFirstRunLeavesNoHalfFilledDatabaseAndTheNextRunStartsAgain() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["search", "mosul", "--count"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // The gazetteer load, seconds long, starts right after this line: interrupt it there.
        var said = ""
        while !said.contains("first run: creating") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        // SIGKILL: nothing runs after it, harsher than Ctrl-C (the test runner may ignore SIGINT,
        // which its children inherit).
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let folder = home.appendingPathComponent("data/newsq")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("news.sqlite").path))
        let again = try newsq(["search", "mosul", "--count"])
        #expect(again.status == 0)
        #expect(again.stdout == "1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["news.sqlite"])
    }

    @Test func firstSearchCreatesTheDefaultDatabaseWithTheSampleAndFindsTheSeed() throws {
        let run = try newsq(["search", "Mosul"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("created"))
        #expect(run.stderr.contains("sample data"))
        #expect(run.stdout.contains("What happens after ISIS loses Mosul?"))
        #expect(run.stdout.contains("**Mosul**"))  // matches marked when piped
        let again = try newsq(["search", "Mosul"])
        #expect(again.stderr.isEmpty)  // created once only
    }

    @Test func showAsJSONCarriesTheSeedFields() throws {
        let run = try onSample(["show", "1", "--format", "json"])
        #expect(run.status == 0)
        // One object, not a one-element array: `jq '{title}'` works on it as printed in the README.
        let article = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(article["title"] as? String == "What happens after ISIS loses Mosul?")
        let authors = try #require(article["authors"] as? [[String: Any]])
        #expect(authors.first?["name"] as? String == "Peter Bergen")
        #expect(authors.first?["role"] as? String == "CNN National Security Analyst")
        #expect(article["published_at"] as? String == "2016-10-17")
        #expect(article["updated_at"] as? String == "2016-10-17T17:01:00Z")
        #expect((article["highlights"] as? [String])?.count == 2)
        #expect((article["captions"] as? [String])?.count == 17)
    }

    @Test func readCommandRefusesAMissingNamedDatabaseAndCreatesNothing() throws {
        let path = home.appendingPathComponent("typo.sqlite").path
        let run = try newsq(["search", "--db", path, "mosul"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no database at \(path)"))
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try newsq(["search"]).status == 64)
        #expect(try newsq(["places", "--within", "far"]).status == 64)
        #expect(try newsq(["frobnicate"]).status == 64)
    }

    @Test func errorsAreJSONOnStderrWithFormatJSON() throws {
        let run = try onSample(["show", "999", "--format", "json"])
        #expect(run.status == 1)
        // The last line is the error; a first run may also say on an earlier line that it created the database.
        let line = try #require(run.stderr.split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect((object["error"] as? String)?.contains("999") == true)
    }

    @Test func importIsIdempotentAndReportsEachFile() throws {
        let db = home.appendingPathComponent("mine.sqlite").path
        let seed = Self.packageRoot.appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt").path
        let first = try newsq(["import", "--db", db, seed])
        #expect(first.status == 0)
        #expect(first.stdout.contains("1 imported, 0 already present, 0 failed"))
        let second = try newsq(["import", "--db", db, seed])
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 imported, 1 already present, 0 failed"))
    }

    @Test func oneBadFileFailsAloneWithItsNameAndReason() throws {
        let db = home.appendingPathComponent("mixed.sqlite").path
        let folder = home.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data([0x00, 0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data("Quiet day in Qayyara\n\nNothing happened in Qayyara on Sunday.".utf8)
            .write(to: folder.appendingPathComponent("good.txt"))
        let run = try newsq(["import", "--db", db, folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("1 imported, 0 already present, 1 failed"))
        #expect(run.stderr.contains("binary.txt"))
        let listed = try newsq(["articles", "--db", db, "--format", "csv"])
        #expect(listed.stdout.contains("Quiet day in Qayyara"))
    }

    @Test func importReadsStandardInput() throws {
        let db = home.appendingPathComponent("stdin.sqlite").path
        let run = try newsq(
            ["import", "--db", db, "-"], stdin: "Floods in Mosul\n\nThe Tigris rose in Mosul on Monday.")
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 imported"))
        let second = try newsq(["import", "--db", db, "-"], stdin: "Mosul reopens\n\nSchools in Mosul reopened.")
        #expect(second.stdout.contains("1 imported"))
        // A page that is not the whole answer says so on stderr; stdout stays the page alone.
        let page = try newsq(["search", "--db", db, "mosul", "--limit", "1", "--format", "json"])
        #expect(page.status == 0)
        #expect(page.stderr.contains("showing hits 1–1 of 2; --offset 1 shows the next ones"))
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(page.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 1)
        let all = try newsq(["search", "--db", db, "mosul"])
        #expect(!all.stderr.contains("showing"))
        // Listings without a total say so too when more follow.
        let articles = try newsq(["articles", "--db", db, "--limit", "1", "--format", "csv"])
        #expect(articles.stderr.contains("showing articles 1–1; more follow: --offset 1 shows the next ones"))
        #expect(articles.stdout.split(whereSeparator: \.isNewline).count == 2)
        let rest = try newsq(["articles", "--db", db, "--offset", "1"])
        #expect(rest.status == 0 && !rest.stderr.contains("showing"))
        // The two texts carry no date: a date filter says it left them out, --undated lists them.
        let dated = try newsq(["articles", "--db", db, "--since", "2016"])
        #expect(dated.stderr.contains("2 articles have no publication date and no date filter includes them"))
        let undated = try newsq(["articles", "--db", db, "--undated", "--format", "csv"])
        #expect(undated.stdout.split(whereSeparator: \.isNewline).count == 3)
        let searched = try newsq(["search", "--db", db, "mosul", "--until", "2030"])
        #expect(searched.stderr.contains("`newsq articles --undated` lists them"))
        // Piped output has no styles unless asked for (`less -R`); never means never.
        #expect(!all.stdout.contains("\u{1B}["))
        let styled = try newsq(["search", "--db", db, "mosul", "--color", "always"])
        #expect(styled.stdout.contains("\u{1B}[1m"))
        let plain = try newsq(["places", "--db", db, "--color", "never"])
        #expect(plain.status == 0 && !plain.stdout.contains("\u{1B}["))
        let typo = try newsq(["serach", "--db", db, "mosul"])
        #expect(typo.status == 64 && typo.stderr.contains("unknown command 'serach'; did you mean 'search'?"))
        let nested = try newsq(["saved", "lst", "--db", db])
        #expect(nested.status == 64 && nested.stderr.contains("unknown command 'lst'; did you mean 'list'?"))
        let option = try newsq(["search", "--db", db, "--limt", "3", "mosul"])
        #expect(option.status == 64 && option.stderr.contains("unknown option --limt; did you mean --limit?"))
        let quoted = try newsq(["search", "--db", db, "mosul", "--frobnicate"])
        #expect(quoted.stderr.contains("to search for it, put the query in quotes"))
        let refused = try newsq(["articles", "--db", db, "--undated", "--since", "2016"])
        #expect(refused.status == 64 && refused.stderr.contains("--undated"))
        let places = try newsq(["places", "--db", db, "--limit", "5"])
        #expect(!places.stderr.contains("more follow"))
    }

    @Test func aCopiedBinaryStillCreatesAndMigratesADatabase() throws {
        let elsewhere = home.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let copy = elsewhere.appendingPathComponent("newsq")
        try FileManager.default.copyItem(at: Self.binary, to: copy)
        let db = home.appendingPathComponent("copied.sqlite").path
        let migrate = try newsq(["migrate", "--db", db], binary: copy)
        #expect(migrate.status == 0)
        let status = try newsq(["migrate", "--status", "--db", db, "--format", "csv"], binary: copy)
        #expect(status.stdout.contains("initial,applied"))
    }

    @Test func listingFormatsCarryTheSameRowsAsJSONAndCSV() throws {
        let json = try onSample(["places", "--article", "1", "--format", "json"])
        let csv = try onSample(["places", "--article", "1", "--format", "csv"])
        let jsonl = try onSample(["places", "--article", "1", "--format", "jsonl"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let csvLines = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(csvLines.first?.hasPrefix("id,name,kind,country,latitude,longitude") == true)
        #expect(csvLines.count == objects.count + 1)
        #expect(jsonl.stdout.split(separator: "\n").count == objects.count)
        let csvIDs = csvLines.dropFirst().compactMap { Int($0.split(separator: ",").first ?? "") }
        #expect(csvIDs == objects.compactMap { $0["id"] as? Int })
        let geojson = try onSample(["places", "--article", "1", "--format", "geojson"])
        let collection = try #require(
            try JSONSerialization.jsonObject(with: Data(geojson.stdout.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        #expect((collection["features"] as? [Any])?.count == objects.count)
        let ics = try onSample(["events", "--format", "ics"])
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:20161016"))
    }

    @Test func savedQueriesRunFromAShellScriptWithParameters() throws {
        let script = """
            set -e
            "$NEWSQ" run articles-mentioning --param place=Dabiq --format json
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSQ"] = Self.binary.path
        environment["XDG_DATA_HOME"] = try Self.sampleHome.get().appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(rows.count == 1)
    }

    @Test func aSavedQueryThatRunsForeverIsStoppedWithAClearMessage() throws {
        let db = home.appendingPathComponent("forever.sqlite").path
        let add = try newsq([
            "saved", "add", "forever", "--db", db, "--sql",
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
        ])
        #expect(add.status == 0)
        let run = try newsq(["run", "forever", "--db", db, "--timeout", "0.2"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("stopped after 0.2 s"))
        let write = try newsq(["saved", "add", "wipe", "--db", db, "--sql", "DELETE FROM article"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"))
    }

    @Test func extractPrintsWhatImportWouldStoreWithoutADatabase() throws {
        let seed = Self.packageRoot.appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt").path
        let run = try newsq(["extract", seed])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let places = try #require(object["places"] as? [[String: Any]])
        let dabiq = try #require(places.first { $0["name"] as? String == "Dabiq" })
        #expect(
            dabiq["latitude"] is NSNull && dabiq["resolved"] as? Bool == false && dabiq["country"] as? String == "SY")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.contains { $0["date"] as? String == "2016-10-19" })
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("data").path))
    }

    @Test func showReadsLikeAnArticleForPeople() throws {
        let run = try onSample(["show", "1"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "What happens after ISIS loses Mosul?")
        #expect(lines.contains("By Peter Bergen, CNN National Security Analyst"))
        #expect(lines.contains("Captions (17)"))
        #expect(lines.contains { $0.hasPrefix("  Dabiq (city, SY, known by name only)") })
        #expect(lines.contains { $0.hasPrefix("  2016-10-19  \"Wednesday night\"") })
    }
}
