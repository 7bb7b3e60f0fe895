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

    @Test func importTakesAPublicationDayForAllAndRefusesAnUnreadableOne() throws {
        let command = try #require(
            try Newsq.parseAsRoot(["import", "--published", "2016-10-17", "--quiet", "a.txt"]) as? Newsq.Import)
        #expect(command.importOptions().publishedOverride == CalendarDay(year: 2016, month: 10, day: 17))
        #expect(command.quiet)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["import", "--published", "soon", "a.txt"]) }
    }

    @Test func withTheFilesCountedTheProgressLineSaysHowManyAndTheTimeLeft() {
        var progress = ImportProgress(processed: 340, stored: 330, alreadyPresent: 0, failed: 10)
        progress.files = 12
        progress.filesTotal = 215
        progress.skipped = 4
        #expect(
            ProgressLine.text(verb: "importing", noun: "files", progress, perSecond: 45)
                == "importing: 12 of 215 files, 340 articles, 330 stored, 4 skipped, 10 failed, 45/s")
        #expect(ProgressLine.eta(progress, elapsedSeconds: 12) == "about 3m23s left")
        progress.files = 215
        #expect(ProgressLine.eta(progress, elapsedSeconds: 12) == nil)
        progress.filesTotal = nil
        #expect(ProgressLine.eta(progress, elapsedSeconds: 12) == nil)
    }

    @Test func theClosingSummaryCountsSkipsByExtensionAndReason() {
        var summary = ImportSummary()
        summary.skippedFiles = [".pdf": 2, ".png": 1]
        summary.skippedRecords = ["WARC request record": 3]
        #expect(
            ImportReport(summary: summary).closing
                == "0 imported, 0 already present, 0 failed\n"
                + "skipped: 3 files not articles (.pdf ×2, .png); 3 records not articles (WARC request record ×3)\n")
        let line = ImportReport.line(
            for: .imported(.init(origin: "f.rss item 2", articleID: 7, title: "T", note: "summary only")))
        #expect(line.stdout == "imported         #7  T  (f.rss item 2)  [summary only]\n" && line.stderr == nil)
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
