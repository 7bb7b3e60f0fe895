import ArgumentParser
import Foundation
import NewsStore
import Testing

@testable import newsq

/// Relative dates in every date option, and saved searches that take `--param since=…`.
@Suite(.serialized) struct RelativeDateCommandTests {
    @Test func everyDateOptionTakesRelativeDatesCountedFromToday() throws {
        let today = DayExpression.today
        for arguments in [
            ["search", "mosul", "--since", "7d"], ["articles", "--since", "2w"], ["events", "--until", "yesterday"],
            ["trend", "mosul", "--since", "last monday"], ["export", "--from", "3m"],
        ] {
            #expect(throws: Never.self, "\(arguments)") { try Newsq.parseAsRoot(arguments) }
        }
        let dates = try DateRangeOptions.parse(["--since", "7d", "--until", "yesterday"])
        #expect(try dates.range(today: today) == DateRange(from: today.adding(days: -7), to: today.adding(days: -1)))
        #expect(try DateRangeOptions.day("yesterday", option: "--published") == today.adding(days: -1))
    }

    @Test func aBadDateIsAOneLineUsageErrorSayingWhatWorks() throws {
        for arguments in [["search", "mosul", "--since", "7x"], ["articles", "--until", "last someday"]] {
            let error = #expect(throws: (any Error).self) { try Newsq.parseAsRoot(arguments) }
            let message = Newsq.message(for: error ?? CocoaError(.featureUnsupported))
            #expect(message.contains("7d, 2w") && !message.contains("\n"), "\(message)")
            #expect(Newsq.exitCode(for: error ?? CocoaError(.featureUnsupported)).rawValue == 64)
        }
        // A parameter belongs to saved searches only.
        let search = try #require(try Newsq.parseAsRoot(["search", "x", "--since", ":since"]) as? Newsq.Search)
        #expect(throws: ValidationError.self) { try search.dates.range() }
    }

    @Test func aWeeklySavedSearchTakesItsStartAtRunTime() throws {
        let e2e = CLIEndToEndTests(home: try CLIEndToEndTests.freshHome())
        let add = try e2e.newsq(["saved", "add", "weekly", "--search", "mosul", "--since", ":since"])
        #expect(add.status == 0, "\(add.stderr)")
        let list = try e2e.newsq(["saved", "show", "weekly", "--format", "json"])
        #expect(list.stdout.contains(#""since": ":since""#), "\(list.stdout)")
        #expect(list.stdout.contains(#""parameters": ["since"]"#), "\(list.stdout)")
        let october = try e2e.newsq(["run", "weekly", "--param", "since=2016-10", "--format", "jsonl"])
        #expect(october.status == 0 && october.stdout.contains(#""id":1"#), "\(october)")
        let lastWeek = try e2e.newsq(["run", "weekly", "--param", "since=7d", "--format", "json"])
        #expect(lastWeek.status == 0 && lastWeek.stdout == "[]\n", "\(lastWeek)")
        let missing = try e2e.newsq(["run", "weekly"])
        #expect(missing.status == 1 && missing.stderr.contains("--param since="), "\(missing.stderr)")
        let bad = try e2e.newsq(["run", "weekly", "--param", "since=soonish"])
        #expect(bad.status == 1 && bad.stderr.contains("7d"), "\(bad.stderr)")
        #expect(bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
    }
}
