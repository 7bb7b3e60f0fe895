import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq run NAME --param key=value…`
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a saved query.",
            discussion: """
                SQL queries run read-only, with a time limit and a row cap. Example for a script: \
                newsq run articles-mentioning --param place=Mosul --format json | jq -r '.[].title'
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Run>
        @Argument(help: ArgumentHelp("The saved query's name (newsq saved list).", valueName: "name"))
        var name: String
        @Option(
            name: .customLong("param"),
            help: ArgumentHelp("A parameter, key=value; repeat for more.", valueName: "key=value"))
        var parameters: [String] = []
        @Option(help: ArgumentHelp("Seconds an SQL query may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = 1
        @Option(name: .customLong("max-rows"), help: "Stop after this many rows (and say so on stderr).")
        var maxRows: Int = 10_000

        func validate() throws {
            guard timeout > 0, timeout <= 3_600 else {
                throw ValidationError("--timeout must be between 0 and 3600 seconds")
            }
            guard maxRows > 0 else { throw ValidationError("--max-rows must be at least 1") }
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
                let store = try database.open(.existing)
                switch try store.runSavedQuery(
                    name, parameters: try parsedParameters(), timeout: timeout, rowLimit: maxRows)
                {
                case .rows(let result):
                    try CommandRunner.print(Listings.rows(result), as: output.format)
                    if result.truncated { Console.warn("stopped after \(maxRows) rows; raise --max-rows to see more") }
                case .hits(let result):
                    for note in result.notes { Console.warn(note) }
                    try CommandRunner.print(Listings.hits(result.hits), as: output.format)
                }
            }
        }
    }
}

extension Newsq.Run: FormattedCommand {}
