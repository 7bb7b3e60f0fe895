import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq show ID…`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show articles with their authors, places and events.",
            discussion: """
                With --format json one id prints one JSON object (newsq show 1 --format json | jq .title), \
                several ids an array of them, in the order given.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Show>

        @Argument(help: ArgumentHelp("Article ids (from search or articles).", valueName: "id"))
        var ids: [Int]

        func validate() throws {
            guard !ids.isEmpty else { throw ValidationError("give an article id (newsq articles lists them)") }
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.readOnly)
                let details = try ids.map { try store.article(id: $0) }
                let listing = Listings.articles(details: details)
                switch output.format {
                case .table:
                    Console.out(details.map { ArticleText(detail: $0).text }.joined(separator: "\n"))
                case .json where details.count == 1:
                    // One article is one JSON object, so `jq '.title'` works as people write it.
                    for row in listing.rows { Console.out(JSONWriter.pretty(listing.object(for: row)) + "\n") }
                default:
                    try CommandRunner.print(listing, as: output.format, color: output.color)
                }
            }
        }
    }
}

extension Newsq.Show: FormattedCommand {}
