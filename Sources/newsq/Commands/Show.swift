import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one article with its authors, places and events.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Show>

        @Argument(help: ArgumentHelp("The article id (from search or articles).", valueName: "id"))
        var id: Int

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.readOnly)
                let detail = try store.article(id: id)
                switch output.format {
                case .table:
                    Console.out(ArticleText(detail: detail).text)
                case .json:
                    // One article is one JSON object, so `jq '.title'` works as people write it.
                    let listing = Listings.article(detail)
                    for row in listing.rows { Console.out(JSONWriter.pretty(listing.object(for: row)) + "\n") }
                default:
                    try CommandRunner.print(Listings.article(detail), as: output.format, color: output.color)
                }
            }
        }
    }
}

extension Newsq.Show: FormattedCommand {}
