import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq saved add|list|show|rm|export|import`
    struct Saved: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "saved",
            abstract: "Manage saved queries (run them with newsq run NAME).",
            subcommands: [Add.self, List.self, Show.self, Remove.self, Export.self, ImportFolder.self])
    }
}

extension Newsq.Saved {
    /// `newsq saved add NAME --search QUERY | --sql SQL`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Save a search or a read-only SQL query under a name.",
            discussion: """
                Examples: newsq saved add near-mosul --search 'mosul OR qayyara' --since 2016-10-01
                newsq saved add by-place --sql "$(cat by-place.sql)" --description 'Articles mentioning a place'
                SQL must be one read-only statement; name parameters :like_this and pass them with \
                newsq run NAME --param like_this=value. The shipped queries are worked examples: \
                newsq saved show articles-mentioning. A search keeps relative dates as written (--since 7d, \
                'last monday': counted from the day it runs) and takes parameters in its filters: \
                newsq saved add weekly --search mosul --since :since, then newsq run weekly --param since=7d.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("Name: letters, digits, '_', '.', '-' (used as a file name).", valueName: "name"))
        var name: String
        // Taken whatever they start with: SQL may open with a comment (`-- dialect: postgresql`)
        // and a search with an exclusion (`-dabiq mosul`).
        @Option(parsing: .unconditional, help: ArgumentHelp("A search in newsq's query language.", valueName: "query"))
        var search: String?
        @Option(
            parsing: .unconditional,
            help: ArgumentHelp("One read-only SQL statement with :named parameters.", valueName: "sql"))
        var sql: String?
        @Option(help: "What the query is for.")
        var description: String = ""
        @OptionGroup var dates: DateRangeOptions
        @Option(help: ArgumentHelp("For --search: only articles by this author.", valueName: "name"))
        var author: String?
        @Option(help: ArgumentHelp("For --search: only articles mentioning this place.", valueName: "place"))
        var place: String?
        @Option(help: ArgumentHelp("For --search: only articles from this outlet.", valueName: "outlet"))
        var source: String?
        @Option(help: ArgumentHelp("For --search: rank, newest or oldest.", valueName: "order"))
        var sort: SearchOptions.Sort?
        @Option(parsing: .unconditional, help: ArgumentHelp("For --search: at most this many hits.", valueName: "n"))
        var limit: Int?
        @Flag(help: "Replace a saved query of the same name.")
        var replace = false

        func validate() throws {
            guard (search == nil) != (sql == nil) else {
                throw ValidationError("give exactly one of --search or --sql")
            }
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
            if sql != nil && [dates.since, dates.until, author, place, source].contains(where: { $0 != nil }) {
                throw ValidationError(
                    "--since, --until, --author, --place and --source go with --search; write them into the SQL instead"
                )
            }
        }

        func run() throws {
            try CommandRunner.run {
                // Relative dates and :parameters are kept as written, resolved by each run.
                var options = SearchOptions(author: author, place: place, source: source)
                for (key, text) in [("since", dates.since), ("until", dates.until)] {
                    if let text { try options.set(key, to: text) }
                }
                if let sort { options.sort = sort }
                if let limit { options.limit = limit }
                let query = try SavedQuery(
                    name: name, description: description, kind: sql == nil ? .search : .sql, body: sql ?? search ?? "",
                    searchOptions: options)
                let store = try database.open(.create)
                let saved = try store.saveQuery(query, replace: replace)
                let parameters =
                    saved.parameters.isEmpty ? "" : " (parameters: " + saved.parameters.joined(separator: ", ") + ")"
                Console.note(
                    "saved \(saved.kind.rawValue) query \(saved.name)\(parameters); run it with newsq run \(saved.name)"
                )
            }
        }
    }

    /// `newsq saved list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List saved queries.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<List>

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.readOnly)
                try CommandRunner.print(
                    Listings.savedQueries(try store.savedQueries(), withBody: false), as: output.format,
                    color: output.color)
            }
        }
    }

    /// `newsq saved show NAME`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show one saved query with its text and parameters.")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Show>
        @Argument(
            help: ArgumentHelp("The saved query's name.", valueName: "name"), completion: Completions.savedQueryNames)
        var name: String

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.readOnly)
                var listing = Listings.savedQueries([try store.savedQuery(named: name)], withBody: true)
                listing.layout = .record
                try CommandRunner.print(listing, as: output.format, color: output.color)
            }
        }
    }

    /// `newsq saved rm NAME`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a saved query.")
        @OptionGroup var database: DatabaseOptions
        @Argument(
            help: ArgumentHelp("The saved query's name.", valueName: "name"), completion: Completions.savedQueryNames)
        var name: String

        func run() throws {
            try CommandRunner.run {
                try database.open(.existing).removeSavedQuery(named: name)
                Console.note("removed saved query \(name)")
            }
        }
    }

    /// `newsq saved export FOLDER`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every saved query to FOLDER as NAME.sql, for scripts and version control.")
        @OptionGroup var database: DatabaseOptions
        @Argument(
            help: ArgumentHelp("Folder to write (created if missing).", valueName: "folder"),
            completion: .directory)
        var folder: String

        func validate() throws {
            // "-" reads as standard output elsewhere; here it would become a folder named "-".
            guard folder != "-" else {
                throw ValidationError(
                    "saved export writes one NAME.sql per query into a folder; give a folder, not - "
                        + "(newsq saved show NAME prints one query)")
            }
        }

        func run() throws {
            try CommandRunner.run {
                let files = try database.open(.readOnly).exportSavedQueries(to: folder)
                Console.out(files.map { $0 + "\n" }.joined())
                Console.note("exported \(files.count) saved quer\(files.count == 1 ? "y" : "ies") to \(folder)")
            }
        }
    }

    /// `newsq saved import PATH`
    struct ImportFolder: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Save the queries in a folder of .sql files (or one file); all or none.")
        @OptionGroup var database: DatabaseOptions
        @Argument(
            help: ArgumentHelp("A folder of .sql files, or one .sql file.", valueName: "path"),
            completion: .file(extensions: ["sql"]))
        var path: String
        @Flag(help: "Replace saved queries of the same names.")
        var replace = false

        func run() throws {
            try CommandRunner.run {
                let saved = try database.open(.create).importSavedQueries(from: path, replace: replace)
                Console.note(
                    "imported \(saved.count) saved quer\(saved.count == 1 ? "y" : "ies"): "
                        + saved.map(\.name).joined(separator: ", "))
            }
        }
    }
}

extension Newsq.Saved.List: FormattedCommand {}

extension Newsq.Saved.Show: FormattedCommand {}
