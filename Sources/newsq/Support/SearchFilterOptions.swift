import ArgumentParser

/// `--author`, `--place` and `--source` as a search takes them, shared by `search`, `trend`
/// and `report`: the author's name contains the text, the place by any of its names, the
/// outlet case ignored.
struct SearchFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only articles by an author whose name contains this.", valueName: "name"))
    var author: String?
    @Option(help: ArgumentHelp("Only articles that mention this place.", valueName: "place"))
    var place: String?
    @Option(help: ArgumentHelp("Only articles from this outlet (CNN).", valueName: "outlet"))
    var source: String?
}
