import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one article with its authors, places and events.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Show>

        @Argument(help: ArgumentHelp("The article id (from search or articles).", valueName: "id"))
        var id: Int

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.existing)
                let detail = try store.article(id: id)
                if output.format == .table {
                    Console.out(ArticleText(detail: detail).text)
                } else {
                    try CommandRunner.print(Listings.article(detail), as: output.format)
                }
            }
        }
    }
}

extension Newsq.Show: FormattedCommand {}
