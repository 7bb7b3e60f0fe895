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
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newsq")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/newsq")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A private data home, so the default database is created fresh for the test.
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
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
        let run = try newsq(["show", "1", "--format", "json"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let article = try #require(rows.first)
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
        let run = try newsq(["show", "999", "--format", "json"])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stderr.utf8)) as? [String: Any])
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
        let run = try newsq(["import", "--db", db, "-"], stdin: "Floods in Mosul\n\nThe Tigris rose in Mosul on Monday.")
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 imported"))
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
}
