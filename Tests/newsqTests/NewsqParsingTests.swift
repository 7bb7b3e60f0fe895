import ArgumentParser
import NewsStore
import Testing

@testable import newsq

/// The command line parsed in-process: what each subcommand accepts and refuses.
@Suite struct NewsqParsingTests {
    @Test func searchTakesTheQueryWordsIncludingExclusions() throws {
        let command = try #require(
            try Newsq.parseAsRoot(["search", "mosul", "-dabiq", "--limit", "5"]) as? Newsq.Search)
        #expect(command.query == "mosul -dabiq")
        #expect(command.paging.limit == 5)
    }

    @Test func searchRefusesAMistypedOptionInsteadOfSearchingForIt() {
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["search", "mosul", "--limt", "5"]) }
    }

    @Test func searchNeedsAQuery() {
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["search"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["search", "  "]) }
    }

    @Test func formatsAreCheckedPerCommand() throws {
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["search", "mosul", "--format", "geojson"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["places", "--format", "ics"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["events", "--format", "xml"]) }
        _ = try Newsq.parseAsRoot(["places", "--format", "geojson"])
        _ = try Newsq.parseAsRoot(["events", "--format", "ics"])
    }

    @Test func searchRefusesGeoJSONNamingTheFormatsItAccepts() {
        do {
            _ = try Newsq.parseAsRoot(["search", "mosul", "--format", "geojson"])
            Issue.record("search accepted --format geojson")
        } catch {
            let message = Newsq.message(for: error)
            #expect(message.contains("'geojson' is invalid for '--format <format>'"), "\(message)")
            #expect(message.contains("'table', 'json', 'jsonl', 'csv' or 'tsv'"), "\(message)")
            #expect(!message.contains("ics"), "\(message)")
        }
    }

    /// A subcommand's help with its line wrapping undone.
    private func help(_ command: any ParsableCommand.Type) -> String {
        Newsq.helpMessage(for: command).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func formatHelpListsOnlyWhatTheCommandAccepts() {
        #expect(
            help(Newsq.Search.self).contains(
                "--format <format> Output format. (values: table, json, jsonl, csv, tsv; default: table)"))
        #expect(
            help(Newsq.Places.self).contains(
                "(values: table, json, jsonl, csv, tsv, geojson, svg, png; default: table)"))
        #expect(
            help(Newsq.Events.self).contains("(values: table, json, jsonl, csv, tsv, ics, svg, png; default: table)"))
        #expect(help(Newsq.Extract.self).contains("(values: json, table; default: json)"))
    }

    @Test func eachCommandDefaultsToItsFirstFormat() throws {
        let extract = try #require(try Newsq.parseAsRoot(["extract", "a.txt"]) as? Newsq.Extract)
        #expect(extract.output.format == .json)
        let events = try #require(try Newsq.parseAsRoot(["events"]) as? Newsq.Events)
        #expect(events.output.format == .table)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["import", "a.txt", "--format", "csv"]) }
    }

    @Test func pagingHasEachCommandsPageSizeAndRefusesNonsense() throws {
        let events = try #require(try Newsq.parseAsRoot(["events"]) as? Newsq.Events)
        #expect(events.paging.limit == 1_000 && events.paging.offset == 0)
        let places = try #require(try Newsq.parseAsRoot(["places", "--offset", "10"]) as? Newsq.Places)
        #expect(places.paging.limit == 100 && places.paging.offset == 10)
        for arguments in [["articles", "--limit", "0"], ["search", "x", "--offset=-1"], ["places", "--limit=-5"]] {
            do {
                _ = try Newsq.parseAsRoot(arguments)
                Issue.record("accepted \(arguments)")
            } catch {
                #expect(Newsq.exitCode(for: error) == .validationFailure, "\(arguments)")
                let message = Newsq.message(for: error)
                #expect(
                    message.contains("--limit must be at least 1") || message.contains("--offset cannot be negative"))
            }
        }
    }

    @Test func dateFiltersAreSinceAndUntilEverywhereWithFromAndToAsAliases() throws {
        let events = try #require(
            try Newsq.parseAsRoot(["events", "--from", "2016-10", "--to", "2016-10"]) as? Newsq.Events)
        #expect(
            try events.dates.range()
                == DateRange(from: CalendarDay(iso: "2016-10-01"), to: CalendarDay(iso: "2016-10-31")))
        let sinceEvents = try #require(try Newsq.parseAsRoot(["events", "--since", "2016-10-16"]) as? Newsq.Events)
        #expect(sinceEvents.dates.since == "2016-10-16")
        let articles = try #require(
            try Newsq.parseAsRoot(["articles", "--from", "2016", "--until", "2016"]) as? Newsq.Articles)
        #expect(
            try articles.dates.range()
                == DateRange(from: CalendarDay(iso: "2016-01-01"), to: CalendarDay(iso: "2016-12-31")))
        let search = try #require(try Newsq.parseAsRoot(["search", "mosul", "--to", "2016-10-17"]) as? Newsq.Search)
        #expect(search.dates.until == "2016-10-17")
        let eventsHelp = help(Newsq.Events.self)
        #expect(eventsHelp.contains("--since, --from <date>") && eventsHelp.contains("--until, --to <date>"))
    }

    @Test func aDateThatIsNotADayIsAUsageErrorNamingTheOption() {
        for (arguments, option) in [
            (["events", "--from", "2016-13"], "--since"), (["search", "x", "--until", "someday"], "--until"),
            (["extract", "a.txt", "--published", "17/10/2016"], "--published"),
        ] {
            do {
                _ = try Newsq.parseAsRoot(arguments)
                Issue.record("accepted \(arguments)")
            } catch {
                #expect(Newsq.exitCode(for: error) == .validationFailure, "\(arguments)")
                #expect(Newsq.message(for: error).contains("invalid \(option) "), "\(arguments)")
            }
        }
    }

    @Test func withinAcceptsUnitsAndRefusesNonsense() throws {
        let places = try #require(
            try Newsq.parseAsRoot(["places", "--near", "Mosul", "--within", "30mi"]) as? Newsq.Places)
        #expect(abs(places.within.kilometres - 48.28) < 0.01)
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["places", "--within", "-3km"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["places", "--within", "far"]) }
    }

    @Test func runParsesParametersAndRefusesMalformedOnes() throws {
        let run = try #require(
            try Newsq.parseAsRoot(["run", "q", "--param", "place=Mosul", "--param", ":from=2016-10-01"]) as? Newsq.Run)
        #expect(try run.parsedParameters() == ["place": "Mosul", "from": "2016-10-01"])
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["run", "q", "--param", "place"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["run", "q", "--param", "a=1", "--param", "a=2"]) }
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["run", "q", "--timeout", "0"]) }
    }

    @Test func savedAddNeedsExactlyOneOfSearchOrSQL() {
        #expect(throws: (any Error).self) { try Newsq.parseAsRoot(["saved", "add", "x"]) }
        #expect(throws: (any Error).self) {
            try Newsq.parseAsRoot(["saved", "add", "x", "--search", "a", "--sql", "SELECT 1"])
        }
        #expect(throws: (any Error).self) {
            try Newsq.parseAsRoot(["saved", "add", "x", "--sql", "SELECT 1", "--since", "2016-10-01"])
        }
    }

    @Test func savedAddTakesSQLOpeningWithACommentAndASearchOpeningWithAnExclusion() throws {
        let sql = "-- dialect: postgresql\nSELECT 1"
        let add = try #require(try Newsq.parseAsRoot(["saved", "add", "x", "--sql", sql]) as? Newsq.Saved.Add)
        #expect(add.sql == sql)
        let search = try #require(
            try Newsq.parseAsRoot(["saved", "add", "y", "--search", "-dabiq mosul"]) as? Newsq.Saved.Add)
        #expect(search.search == "-dabiq mosul")
    }

    @Test func databaseLocationFollowsFlagThenEnvironmentThenXDG() throws {
        let options = try DatabaseOptions.parse([])
        #expect(options.location(environment: ["NEWSQ_DB": "/a.sqlite"]) == ("/a.sqlite", false))
        #expect(options.location(environment: ["XDG_DATA_HOME": "/x"]) == ("/x/newsq/news.sqlite", true))
        #expect(options.location(environment: ["HOME": "/h"]) == ("/h/.local/share/newsq/news.sqlite", true))
        let flagged = try DatabaseOptions.parse(["--db", "/f.sqlite"])
        #expect(flagged.location(environment: ["NEWSQ_DB": "/a.sqlite"]) == ("/f.sqlite", false))
    }

    @Test func helpShowsTheDefaultDistanceAsUsersTypeIt() {
        let help = Newsq.Places.helpMessage(columns: 200)
        #expect(help.contains("(default: 50km)"))
        #expect(!help.contains("Distance("))
    }
}
