import ArgumentParser
import NewsStore
import Testing

@testable import newsq

/// `import --no-extract`, `--jobs`, `extract --all` and the progress line's wording.
@Suite struct ImportCommandTests {
    @Test func importTakesNoExtractAndJobsAndHandsThemToTheLibrary() throws {
        let command = try #require(
            try Newsq.parseAsRoot(["import", "--no-extract", "--jobs", "0", "archive"]) as? Newsq.Import)
        let options = command.importOptions()
        #expect(!options.extract && options.workers == 0)
        let plain = try #require(try Newsq.parseAsRoot(["import", "archive"]) as? Newsq.Import)
        #expect(plain.importOptions().extract && plain.importOptions().workers >= 1)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["import", "--jobs", "-1", "archive"]) }
    }

    @Test func extractTakesAFileOrAllButNotBothNorNeither() throws {
        let all = try #require(try Newsq.parseAsRoot(["extract", "--all", "--db", "x.sqlite"]) as? Newsq.Extract)
        #expect(all.all && all.file == nil)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["extract"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["extract", "a.txt", "--all"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["extract", "--all", "--published", "2016-10-17"]) }
    }

    @Test func theProgressLineGroupsDigitsAndLeavesOutWhatDidNotHappen() {
        let progress = ImportProgress(processed: 1_234, stored: 1_200, alreadyPresent: 0, failed: 3)
        #expect(
            ProgressLine.text(verb: "importing", noun: "files", progress, perSecond: 180)
                == "importing: 1,234 files, 1,200 stored, 3 failed, 180/s")
        let again = ImportProgress(processed: 1_000_000, stored: 0, alreadyPresent: 999_999, failed: 0)
        #expect(
            ProgressLine.text(verb: "importing", noun: "files", again, perSecond: 0)
                == "importing: 1,000,000 files, 0 stored, 999,999 already present, 0 failed, 0/s")
    }

    @Test func extractAllReportsItsTotalsInBothFormats() {
        let summary = ExtractionSummary(
            extracted: 4, failed: [.init(origin: "#7", reason: "disk I/O error")], interrupted: true)
        #expect(Newsq.Extract.render(summary, as: .table) == "4 extracted, 1 failed\n")
        let json = Newsq.Extract.render(summary, as: .json)
        #expect(json.contains("\"extracted\": 4") && json.contains("\"interrupted\": true"))
    }
}
