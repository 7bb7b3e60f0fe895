import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq search QUERY`
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search, best matches first.",
            discussion: """
                Words are ANDed. "quoted phrases", OR, -word or NOT word to exclude, mos* for prefixes, \
                title:word (title, highlights, body, captions) and parentheses. Names like al-Shourah \
                and Qayyara's are searched as names. Example: newsq search 'mosul -dabiq' --since 2016-10-01
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp("The query; quote it, or write it out (newsq search mosul -dabiq).", valueName: "query"))
        var words: [String] = []

        @Option(help: "Order: rank (best first, newest on ties), newest or oldest.")
        var sort: SearchOptions.Sort = .rank
        @Option(help: ArgumentHelp("Only articles published on or after this day (2016-10-01).", valueName: "date"))
        var since: String?
        @Option(help: ArgumentHelp("Only articles published on or before this day.", valueName: "date"))
        var until: String?
        @Option(help: ArgumentHelp("Only articles by an author whose name contains this.", valueName: "name"))
        var author: String?
        @Option(help: ArgumentHelp("Only articles that mention this place.", valueName: "place"))
        var place: String?
        @Option(help: ArgumentHelp("Only articles from this outlet (CNN).", valueName: "outlet"))
        var source: String?
        @Option(help: "Show at most this many hits.")
        var limit: Int = 20
        @Option(help: "Skip this many hits first.")
        var offset: Int = 0
        @Flag(help: "Print only the number of matching articles.")
        var count = false
        @Flag(help: "Pass the query to FTS5 as written (checked first; errors say what is wrong).")
        var raw = false

        var query: String { words.joined(separator: " ") }

        func validate() throws {
            if let option = words.first(where: { $0.hasPrefix("--") }) {
                throw ValidationError("unknown option \(option); to search for it, put the query in quotes")
            }
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("give a query to search for, e.g. newsq search mosul")
            }
            guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
            guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
            try output.validate(allowed: OutputOptions.listingFormats)
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let options = SearchOptions(
                    sort: sort, since: try since.map { try DayArgument.parse($0, option: "--since") },
                    until: try until.map { try DayArgument.parse($0, option: "--until", upper: true) },
                    author: author, place: place, source: source, limit: limit, offset: offset, raw: raw)
                let store = try database.open(.existing)
                let result = try store.search(query, options)
                for note in result.notes { Console.warn(note) }
                if count {
                    Console.out(output.format.isJSON ? "{\"count\": \(result.total)}\n" : "\(result.total)\n")
                    return
                }
                try CommandRunner.print(Listings.hits(result.hits), as: output.format)
            }
        }
    }
}

extension SearchOptions.Sort: ExpressibleByArgument {}
