import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq search QUERY`
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Full-text search, best matches first.",
            discussion: """
                Words are ANDed. "quoted phrases", OR, -word or NOT word to exclude, mos* for prefixes, \
                title:word (title, highlights, body, captions) and parentheses. Names like al-Shourah \
                and Qayyara's are searched as names. Example: newsq search 'mosul -dabiq' --since 2016-10-01
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Search>

        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp("The query; quote it, or write it out (newsq search mosul -dabiq).", valueName: "query"))
        var words: [String] = []

        @Option(help: "Order: rank (best first, newest on ties), newest or oldest.")
        var sort: SearchOptions.Sort = .rank
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var filters: SearchFilterOptions
        @OptionGroup var paging: PagingOptions<Search>
        @Option(
            help: ArgumentHelp(
                "Count the matches by source, author, country, place, month or year instead of listing them (repeatable).",
                valueName: "facet"))
        var facet: [Facet] = []
        @Flag(help: "Print only the number of matching articles.")
        var count = false
        @Flag(help: "Pass the query to FTS5 as written (checked first; errors say what is wrong).")
        var raw = false
        @Option(help: ArgumentHelp("Seconds the search may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = SearchOptions.defaultTimeout

        var query: String { words.joined(separator: " ") }

        func validate() throws {
            if let option = words.first(where: { $0.hasPrefix("--") }) {
                // The options this command has, read from its help (only on this error path).
                let help = Newsq.helpMessage(for: Self.self, columns: 200)
                let known = help.split(whereSeparator: { " ,[]<>|.\n".contains($0) }).map(String.init).filter {
                    $0.hasPrefix("--") && $0.count > 2
                }
                if let meant = Suggestion.closest(to: option, among: known) {
                    throw ValidationError("unknown option \(option); did you mean \(meant)?")
                }
                throw ValidationError("unknown option \(option); to search for it, put the query in quotes")
            }
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("give a query to search for, e.g. newsq search mosul")
            }
            guard timeout > 0, timeout <= 3_600 else {
                throw ValidationError("--timeout must be between 0 and 3600 seconds")
            }
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let range = try dates.range()
                let options = SearchOptions(
                    sort: sort, since: range.from, until: range.to, author: filters.author, place: filters.place,
                    source: filters.source,
                    limit: paging.limit, offset: paging.offset, raw: raw, timeout: timeout)
                let store = try database.open(.readOnly)
                if !facet.isEmpty {
                    let counts = try store.facets(search: query, options, by: facet, limit: paging.limit)
                    try CommandRunner.print(Listings.facets(counts), as: output.format, color: output.color)
                    return
                }
                let result = try store.search(query, options)
                for note in result.notes { Console.warn(note) }
                try Newsq.Articles.noteUndated(range, store)
                if count {
                    Console.out(output.format.isJSON ? "{\"count\": \(result.total)}\n" : "\(result.total)\n")
                    return
                }
                try CommandRunner.print(Listings.hits(result.hits), as: output.format, color: output.color)
                // A page is not the whole answer: say so, on stderr so scripts' output stays clean.
                if !result.hits.isEmpty && result.hits.count < result.total {
                    let first = paging.offset + 1
                    let last = paging.offset + result.hits.count
                    Console.note(
                        "showing hits \(first)–\(last) of \(result.total); --offset \(last) shows the next ones")
                }
            }
        }
    }
}

extension Newsq.Search: FormattedCommand, PagedCommand {
    static let pageSize = 20
    static let resultNoun = "hits"
}

extension SearchOptions.Sort: ExpressibleByArgument {}
