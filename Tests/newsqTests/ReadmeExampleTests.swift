import Foundation
import Testing

/// Every `$ newsq …` example and script of README.md, run with the built binary against the
/// sample data, in README order, in a fresh home (data, cache and `~`) per test run: a README
/// example that errors or no longer prints what the README shows fails here. The conventions
/// (abbreviations, status notes, blocks not run) are in `ReadmeExample`.
@Suite(.serialized) struct ReadmeExampleTests {
    static let readme = CLIEndToEndTests.packageRoot.appendingPathComponent("README.md")

    @Test func everyReadmeExampleRunsAndPrintsWhatTheReadmeShows() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let (examples, notRun) = ReadmeExample.parse(text)
        #expect(examples.count >= 30, "README examples found: \(examples.count)")
        // Blocks not run are few and each says why.
        #expect(notRun.count <= 4, "blocks not run: \(notRun.map(\.line))")
        #expect(notRun.allSatisfy { !$0.reason.isEmpty })
        let jq = FileManager.default.isExecutableFile(atPath: "/usr/bin/jq")
        try #require(jq, "the README pipes into jq; install it (Debian: jq)")

        let home = try CLIEndToEndTests.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let work = home.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for example in examples {
            let run = try Self.run(example, home: home, in: work)
            let where_ = "\(example)\nstatus \(run.status)\nstdout:\n\(run.stdout)\nstderr:\n\(run.stderr)"
            #expect(run.status == example.status, "\(where_)")
            guard !example.shown.isEmpty else { continue }
            #expect(example.matches(example.shownOnStderr ? run.stderr : run.stdout), "\(where_)")
        }
    }

    @Test func aShownOutputThatNoLongerMatchesIsCaught() {
        let readme = """
            ```
            $ newsq places --near Mosul
              ID  Place  Kind
            ----  -----  ----
            1125  Mosul  city
            …
            ```
            """
        let (examples, _) = ReadmeExample.parse(readme)
        let example = try? #require(examples.first)
        #expect(examples.count == 1)
        let table = "  ID  Place     Kind\n----  --------  ----\n1125  Mosul     city\n1087  Barţalah  town\n"
        #expect(example?.matches(table) == true)
        #expect(example?.matches(table.replacingOccurrences(of: "Mosul ", with: "Mosel ")) == false)
        #expect(example?.matches("  ID  Place  Kind\n") == false)
        #expect(ReadmeExample.lineMatches("Peter Bergen says loss …", "Peter Bergen says loss of the city"))
        #expect(!ReadmeExample.lineMatches("Peter Bergen says gain …", "Peter Bergen says loss of the city"))
    }

    @Test func statusNotesAndBlocksNotRunAreRead() {
        let readme = """
            ```
            $ newsq show 99 --format json
            {"ok": false}     (on stderr, exit 1)
            $ newsq saved add x --sql 'SELECT 1
                  WHERE 1'
            ```

            <!-- not run: needs your own files -->
            ```
            $ newsq import ~/news/
            ```
            ```sh
            #!/bin/bash
            newsq articles
            ```
            """
        let (examples, notRun) = ReadmeExample.parse(readme)
        #expect(examples.map(\.status) == [1, 0, 0])
        #expect(examples.first?.shownOnStderr == true)
        #expect(examples.first?.shown == [#"{"ok": false}"#])
        #expect(examples.dropFirst().first?.command == "newsq saved add x --sql 'SELECT 1\n      WHERE 1'")
        #expect(examples.last?.isScript == true)
        #expect(notRun.map(\.reason) == ["needs your own files"])
    }

    /// Runs one example under bash with `set -eo pipefail`, the built newsq first on PATH.
    static func run(_ example: ReadmeExample, home: URL, in work: URL) throws -> CLIEndToEndTests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let script = example.isScript ? example.command : "set -eo pipefail\n" + example.command
        process.arguments = ["-c", script]
        process.currentDirectoryURL = work
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
        environment["PATH"] =
            CLIEndToEndTests.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        for name in ["NEWSQ_DB", "COLUMNS", "NO_COLOR"] { environment[name] = nil }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes at once: a long stdout must not block on a full stderr pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var stderr = Data()
        group.enter()
        DispatchQueue.global().async {
            stderr = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIEndToEndTests.Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
