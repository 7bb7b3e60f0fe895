import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq articles`
    struct Articles: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List articles, newest first.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(
            name: [.long, .customLong("from")],
            help: ArgumentHelp("Only articles published on or after this day.", valueName: "date"))
        var since: String?
        @Option(
            name: [.long, .customLong("to")],
            help: ArgumentHelp("Only articles published on or before this day.", valueName: "date"))
        var until: String?
        @Option(help: "Show at most this many articles.")
        var limit: Int = 50
        @Option(help: "Skip this many articles first.")
        var offset: Int = 0

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
            guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
            try output.validate(allowed: OutputOptions.listingFormats)
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let range = DateRange(
                    from: try since.map { try DayArgument.parse($0, option: "--since") },
                    to: try until.map { try DayArgument.parse($0, option: "--until", upper: true) })
                let store = try database.open(.existing)
                try CommandRunner.print(
                    Listings.articles(try store.articles(in: range, limit: limit, offset: offset)), as: output.format)
            }
        }
    }
}
