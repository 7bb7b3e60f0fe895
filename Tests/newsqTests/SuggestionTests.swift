import Testing

@testable import newsq

@Suite struct SuggestionTests {
    let commands = ["import", "search", "show", "articles", "places", "events", "saved", "run"]

    @Test(arguments: [
        ("serach", "search"), ("evnets", "events"), ("place", "places"), ("imprt", "import"), ("SEARCH", "search"),
    ])
    func aTypoOfACommandIsAnsweredWithTheCommandMeant(typed: String, meant: String) {
        #expect(
            Suggestion.unknownCommand([typed, "mosul"], commands: commands)
                == "unknown command '\(typed)'; did you mean '\(meant)'?")
    }

    @Test func aWordFarFromEveryCommandListsThemAll() {
        let message = Suggestion.unknownCommand(["mosul"], commands: commands)
        #expect(
            message
                == "unknown command 'mosul'; the commands are import, search, show, articles, places, events, saved, run"
        )
    }

    @Test func commandsOptionsAndHelpPassUntouched() {
        #expect(Suggestion.unknownCommand(["search", "mosul"], commands: commands) == nil)
        #expect(Suggestion.unknownCommand(["--version"], commands: commands) == nil)
        #expect(Suggestion.unknownCommand(["help", "search"], commands: commands) == nil)
        #expect(Suggestion.unknownCommand([], commands: commands) == nil)
    }

    @Test func distanceCountsATranspositionAsOneEdit() {
        #expect(Suggestion.distance("serach", "search") == 1)
        #expect(Suggestion.distance("", "run") == 3)
        #expect(Suggestion.distance("show", "show") == 0)
        #expect(Suggestion.closest(to: "ru", among: ["run", "saved"]) == "run")
        #expect(Suggestion.closest(to: "x", among: ["run"]) == nil)
    }
}
