import ArgumentParser
import Testing

@testable import newsq

/// The command line parsed in-process: what each subcommand accepts and refuses.
@Suite struct NewsqParsingTests {
    @Test func searchTakesTheQueryWordsIncludingExclusions() throws {
        let command = try #require(
            try Newsq.parseAsRoot(["search", "mosul", "-dabiq", "--limit", "5"]) as? Newsq.Search)
        #expect(command.query == "mosul -dabiq")
        #expect(command.limit == 5)
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

    @Test func databaseLocationFollowsFlagThenEnvironmentThenXDG() throws {
        let options = try DatabaseOptions.parse([])
        #expect(options.location(environment: ["NEWSQ_DB": "/a.sqlite"]) == ("/a.sqlite", false))
        #expect(options.location(environment: ["XDG_DATA_HOME": "/x"]) == ("/x/newsq/news.sqlite", true))
        #expect(options.location(environment: ["HOME": "/h"]) == ("/h/.local/share/newsq/news.sqlite", true))
        let flagged = try DatabaseOptions.parse(["--db", "/f.sqlite"])
        #expect(flagged.location(environment: ["NEWSQ_DB": "/a.sqlite"]) == ("/f.sqlite", false))
    }
}
