import Foundation
import Testing

/// `newsq import` run as a user would on a folder holding every format, and stopped with
/// Ctrl-C half way through a large one.
@Suite(.serialized) struct ImportFormatsEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NewsStoreTests/Fixtures/formats")

    let home: URL
    let cli: CLIEndToEndTests

    init() throws {
        home = try CLIEndToEndTests.freshHome()
        cli = CLIEndToEndTests(home: home)
    }

    /// `data` through the system's gzip.
    private func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let packed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return packed
    }

    @Test func extractShowsEveryRecordOfAJSONLinesFileAndNamesTheBadOne() throws {
        let path = Self.fixtures.appendingPathComponent("news-please.jsonl").path
        let run = try cli.newsq(["extract", path])
        // One line of the file is cut short: it is named on stderr and the command fails, after
        // the others are shown.
        #expect(run.status == 1)
        #expect(run.stderr.contains("news-please.jsonl:2"))
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["origin"] as? String } == [path + ":1", path + ":3"])
        let titles = reports.compactMap { ($0["article"] as? [String: Any])?["title"] as? String }
        #expect(titles.count == 2 && !titles.contains("A line cut short"))
        // The same file on standard input, as a table.
        let piped = try cli.newsq(
            ["extract", "-", "--format", "table"], stdin: try String(contentsOfFile: path, encoding: .utf8))
        #expect(piped.stdout.components(separatedBy: "\n== -:").count == 2)
        #expect(piped.stdout.hasPrefix("== -:1\nTitle:"))
    }

    @Test func aFolderOfEveryFormatImportsWithBadRecordsNamedAndSkipsCounted() throws {
        let folder = home.appendingPathComponent("in")
        try FileManager.default.copyItem(at: Self.fixtures, to: folder)
        let page = try Data(contentsOf: folder.appendingPathComponent("style-first.html"))
        try gzip(
            Data(
                String(decoding: page, as: UTF8.self).replacingOccurrences(
                    of: "River rises", with: "Zipped: river rises"
                ).utf8)
        )
        .write(to: folder.appendingPathComponent("zipped.html.gz"))
        try gzip(try Data(contentsOf: folder.appendingPathComponent("wire.rss"))).write(
            to: folder.appendingPathComponent("wire-copy.rss.gz"))
        for name in ["scan.pdf", "photo.png", "other.pdf"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let db = home.appendingPathComponent("formats.sqlite").path
        let run = try cli.newsq(["import", "--db", db, "--no-extract", folder.path])
        #expect(run.status == 1)  // the bad records fail
        for title in [
            "Crossing reopens on the Syrian border", "Bridge reopens in Mosul", "Baghdad markets reopen after closures",
            "Schools reopen in Mosul", "Quiet vote count in Baghdad", "Zipped: river rises in Mosul as rain continues",
            "River rises in Mosul as rain continues", "Engineers inspect dam after flood warning",
            "Ferry service resumes on the Tigris", "Ferry crews return to the Tigris",
        ] {
            #expect(run.stdout.contains("imported ") && run.stdout.contains(title), "missing \(title)")
        }
        #expect(run.stdout.contains("desk.atom item 2)  [summary only"))
        #expect(run.stdout.contains("already present") && run.stdout.contains("wire-copy.rss.gz item 1"))
        #expect(run.stdout.contains("15 imported, 2 already present, 2 failed\n"))
        #expect(run.stdout.contains("skipped: 3 files not articles (.pdf ×2, .png); 3 records not articles"))
        #expect(run.stderr.contains("news-please.jsonl:2: not valid JSON"))
        #expect(run.stderr.contains("crawl.warc record 5: no valid Content-Length"))
        // Piped: no progress line.
        #expect(!run.stderr.contains("importing:"))

        let json = try cli.newsq(["import", "--db", db, "--no-extract", "--format", "json", folder.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["already_present"] as? [Any])?.count == 17)
        #expect((report["skipped_files"] as? [String: Int]) == [".pdf": 2, ".png": 1])
        #expect(!json.stdout.contains("imported         "))
    }

    @Test func publishedDatesEveryArticleAndQuietPrintsOnlyTheSummary() throws {
        let db = home.appendingPathComponent("dated.sqlite").path
        let run = try cli.newsq([
            "import", "--db", db, "--no-extract", "--quiet", "--published", "2020-01-02",
            Self.fixtures.appendingPathComponent("newspaper.json").path,
        ])
        #expect(run.status == 0)
        #expect(run.stdout == "2 imported, 0 already present, 0 failed\n")
        let listed = try cli.newsq(["articles", "--db", db, "--format", "csv"])
        #expect(listed.stdout.components(separatedBy: "2020-01-02").count == 3)
        #expect(try cli.newsq(["import", "--db", db, "--published", "yesterday-ish", "x"]).status != 0)
    }

    @Test func ctrlCKeepsWhatWasStoredAndStillPrintsTheSummary() throws {
        // Large enough to be mid-way when the first committed line appears.
        var lines = ""
        for number in 0..<40_000 {
            lines +=
                #"{"title": "Report \#(number) from Mosul", "maintext": "Story number \#(number) tells what happened in Mosul on Monday, in enough words to be a body.", "date_publish": "2024-01-01"}"#
                + "\n"
        }
        let path = home.appendingPathComponent("many.jsonl")
        try Data(lines.utf8).write(to: path)
        let db = home.appendingPathComponent("stopped.sqlite").path
        let process = Process()
        process.executableURL = CLIEndToEndTests.binary
        process.arguments = ["import", "--db", db, "--no-extract", "--jobs", "1", path.path]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The first committed line comes out while the import is still working.
        var said = ""
        while !said.contains("imported ") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        let stillRunning = process.isRunning
        kill(process.processIdentifier, SIGINT)
        said += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stillRunning)
        #expect(process.terminationStatus == 130)
        #expect(stderr.contains("interrupted"))
        let summary = try #require(said.split(separator: "\n").last { $0.contains(" imported, ") })
        let stored = try #require(Int(summary.prefix { $0.isNumber }))
        #expect(stored > 0 && stored < 40_000)
        let count = try cli.newsq(["articles", "--db", db, "--format", "csv", "--limit", "100000"])
        #expect(count.stdout.split(whereSeparator: \.isNewline).count - 1 == stored)  // CSV lines end in CRLF
    }
}
