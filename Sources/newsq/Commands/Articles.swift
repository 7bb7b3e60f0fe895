import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq articles`
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles",
            abstract: "List articles, newest first, by place, country, author, source or date.",
            discussion: """
                Every filter given must hold. Examples: newsq articles --place Dabiq --since 2016-10; \
                newsq articles --author "Ben Wedeman"; newsq articles --source CNN --format csv; \
                newsq articles --country Syria.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Articles>
        @OptionGroup var dates: DateRangeOptions

        @Flag(help: "Only articles with no publication date (no date filter includes them).")
        var undated = false

        @Option(help: ArgumentHelp("Only articles that mention this place (any of its names).", valueName: "name"))
        var place: String?

        @Option(
            help: ArgumentHelp("Only articles by this author (full name; case and accents ignored).", valueName: "name")
        )
        var author: String?

        @Option(
            help: ArgumentHelp("Only articles from this source or outlet, e.g. CNN (case ignored).", valueName: "name"))
        var source: String?

        @Option(
            help: ArgumentHelp(
                "Only articles that mention a place in this country (IQ, IRQ or Iraq).", valueName: "country"))
        var country: String?
        @OptionGroup var paging: PagingOptions<Articles>
        @Option(
            help: ArgumentHelp(
                "Count the articles by source, author, country, place, month or year instead of listing them (repeatable).",
                valueName: "facet"))
        var facet: [Facet] = []

        func validate() throws {
            if undated && (dates.since != nil || dates.until != nil) {
                throw ValidationError("--undated lists articles with no date: give it without --since or --until")
            }
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let range = try dates.range()
                let store = try database.open(.readOnly)
                let filter = ArticleFilter(
                    range: range, undatedOnly: undated, place: place, author: author, source: source,
                    country: country, limit: paging.probeLimit, offset: paging.offset)
                if !facet.isEmpty {
                    let counts = try store.facets(articles: filter, by: facet, limit: paging.limit)
                    try CommandRunner.print(Listings.facets(counts), as: output.format, color: output.color)
                    return
                }
                let articles = try store.articles(filter)
                try CommandRunner.print(
                    Listings.articles(paging.page(articles)), as: output.format, color: output.color)
                try Self.noteUndated(range, store)
            }
        }
    }
}

extension Newsq.Articles {
    /// Says on stderr how many undated articles a date range left out, and how to see them.
    static func noteUndated(_ range: DateRange, _ store: NewsStore) throws {
        guard range != .all else { return }
        let undated = try store.undatedArticleCount()
        guard undated > 0 else { return }
        Console.note(
            "\(undated.formatted()) article\(undated == 1 ? " has" : "s have") no publication date and no date filter "
                + "includes \(undated == 1 ? "it" : "them"); `newsq articles --undated` lists them")
    }
}

extension Newsq.Articles: FormattedCommand, PagedCommand {
    static let pageSize = 50
    static let resultNoun = "articles"
}
