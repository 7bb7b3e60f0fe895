import Foundation
import NewsStore
import Testing

@testable import newsq

/// `newsq export` and `newsq rm`, run as the built binary and parsed in-process.
@Suite(.serialized) struct ExportCommandTests {
    @Test func exportWritesOneVersionedLinePerArticleToStdoutOrAFile() throws {
        let run = try CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get()).newsq(["export"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("{\"newsq_export\":2,") == true)
        #expect(run.stdout.contains("\"title\":\"What happens after ISIS loses Mosul?\""))

        let file = try CLIEndToEndTests.freshHome().appendingPathComponent("out.jsonl").path
        let toFile = try CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get()).newsq([
            "export", "mosul", "--source", "cnn", "-o", file,
        ])
        #expect(toFile.status == 0)
        #expect(toFile.stdout.isEmpty)
        #expect(toFile.stderr.contains("exported 1 article to"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == run.stdout)
    }

    @Test func importingAnExportIntoAnEmptyDatabaseGivesTheSameExportBack() throws {
        let sample = CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get())
        let folder = try CLIEndToEndTests.freshHome()
        let file = folder.appendingPathComponent("archive.jsonl").path
        #expect(try sample.newsq(["export", "-o", file]).status == 0)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let imported = try sample.newsq(["import", "--db", copy, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 imported"))
        let again = try sample.newsq(["export", "--db", copy])
        #expect(again.stdout == (try String(contentsOfFile: file, encoding: .utf8)))
        // Importing the export again changes nothing.
        let twice = try sample.newsq(["import", "--db", copy, file])
        #expect(twice.stdout.contains("0 imported, 1 already present"))
        #expect(try sample.newsq(["check", "--db", copy]).status == 0)
    }

    @Test func rmWhereListsWhatItWouldRemoveAndNeedsYes() throws {
        let cli = CLIEndToEndTests(home: try CLIEndToEndTests.freshHome())
        #expect(try cli.newsq(["articles"]).status == 0)
        let dry = try cli.newsq(["rm", "--where", "--source", "CNN"])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("What happens after ISIS loses Mosul?"))
        #expect(dry.stderr.split(separator: "\n").count == 1)
        #expect(dry.stderr.contains("add --yes"))
        #expect(try cli.newsq(["search", "mosul", "--count"]).stdout == "1\n")

        let done = try cli.newsq(["rm", "--where", "--source", "CNN", "--yes"])
        #expect(done.status == 0)
        #expect(done.stdout.hasPrefix("removed 1 article ("))
        #expect(try cli.newsq(["search", "mosul", "--count"]).stdout == "0\n")
        let check = try cli.newsq(["check"])
        #expect(check.status == 0)
    }

    @Test func rmOfAMissingIdNamesItAndRemovesNothing() throws {
        let cli = CLIEndToEndTests(home: try CLIEndToEndTests.freshHome())
        #expect(try cli.newsq(["articles"]).status == 0)
        let run = try cli.newsq(["rm", "1", "999"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no article with id 999"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try cli.newsq(["search", "mosul", "--count"]).stdout == "1\n")
    }

    @Test func rmNeedsIdsOrWhereWithAFilter() throws {
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["rm"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["rm", "--where"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["rm", "3", "--where", "--place", "Mosul"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["rm", "3", "--place", "Mosul"]) }
        let parsed = try Newsq.parseAsRoot(["rm", "--where", "--place", "Mosul", "--yes"])
        let remove = try #require(parsed as? Newsq.Remove)
        #expect(try remove.selection() == ArticleSelection(place: "Mosul"))
    }
}
