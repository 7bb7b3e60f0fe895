import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq articles`
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles", abstract: "List articles, newest first.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Articles>
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var paging: PagingOptions<Articles>

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let range = try dates.range()
                let store = try database.open(.existing)
                let articles = try store.articles(in: range, limit: paging.limit, offset: paging.offset)
                try CommandRunner.print(Listings.articles(articles), as: output.format)
            }
        }
    }
}

extension Newsq.Articles: FormattedCommand, PagedCommand {
    static let pageSize = 50
    static let resultNoun = "articles"
}
