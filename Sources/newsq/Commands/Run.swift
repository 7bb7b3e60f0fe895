import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq run NAME --param key=value…`
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a saved query.",
            discussion: """
                SQL queries run read-only, with a time limit, a row cap and a cap on the megabytes of values \
                they return. Example for a script: \
                newsq run articles-mentioning --param place=Mosul --format json | jq -r '.[].title'. \
                A saved search takes --param for the filters it saved as :name, and a --param named like a \
                filter (since, until, author, place, source, limit) replaces the saved one: \
                newsq run weekly --param since=7d.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Run>
        @Argument(
            help: ArgumentHelp("The saved query's name (newsq saved list).", valueName: "name"),
            completion: Completions.savedQueryNames)
        var name: String
        @Option(
            name: .customLong("param"),
            help: ArgumentHelp("A parameter, key=value; repeat for more.", valueName: "key=value"))
        var parameters: [String] = []
        @Option(help: ArgumentHelp("Seconds an SQL query may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = 1
        @Option(
            name: .customLong("max-rows"), parsing: .unconditional,
            help: "Stop after this many rows (and say so on stderr).")
        var maxRows: Int = 10_000
        @Option(
            name: .customLong("max-mb"),
            help: "Stop once the values returned take this many megabytes (and say so on stderr).")
        var maxMegabytes: Int = NewsStore.defaultQueryByteLimit / 1_048_576

        func validate() throws {
            guard timeout > 0, timeout <= 3_600 else {
                throw ValidationError("--timeout must be between 0 and 3600 seconds")
            }
            guard maxRows > 0 else { throw ValidationError("--max-rows must be at least 1") }
            guard maxMegabytes > 0, maxMegabytes <= 4_096 else {
                throw ValidationError("--max-mb must be between 1 and 4096")
            }
            _ = try parsedParameters()
        }

        func parsedParameters() throws -> [String: String] {
            var result: [String: String] = [:]
            for parameter in parameters {
                guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                    throw ValidationError(
                        "--param \(parameter.debugDescription) must look like key=value (place=Mosul)")
                }
                var key = String(parameter[..<equals])
                if let first = key.first, ":@$".contains(first) { key.removeFirst() }
                guard result[key] == nil else { throw ValidationError("--param \(key) is given twice") }
                result[key] = String(parameter[parameter.index(after: equals)...])
            }
            return result
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.readOnly)
                switch try store.runSavedQuery(
                    name, parameters: try parsedParameters(), timeout: timeout, rowLimit: maxRows,
                    byteLimit: maxMegabytes * 1_048_576)
                {
                case .rows(let result):
                    try CommandRunner.print(Listings.rows(result), as: output.format, color: output.color)
                    switch result.truncatedBy {
                    case .rows?: Console.warn("stopped after \(maxRows) rows; raise --max-rows to see more")
                    case .bytes?:
                        Console.warn(
                            "stopped after \(result.rows.count) rows: the values passed \(maxMegabytes) MB; "
                                + "return less text per row, or raise --max-mb")
                    case nil: break
                    }
                case .hits(let result):
                    for note in result.notes { Console.warn(note) }
                    try CommandRunner.print(Listings.hits(result.hits), as: output.format, color: output.color)
                }
            }
        }
    }
}

extension Newsq.Run: FormattedCommand {}
