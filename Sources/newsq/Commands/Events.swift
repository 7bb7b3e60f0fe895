import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq events`
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dated events the articles report, in date order.",
            discussion: """
                An event is a sentence or caption with a date, resolved against the article's \
                publication date ("on Sunday" in a Monday article is the day before). Example: \
                newsq events --place Qayyara --format ics > qayyara.ics
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Only events on or after this day (2016-10-01, 2016-10, 2016).", valueName: "date"))
        var from: String?
        @Option(help: ArgumentHelp("Only events on or before this day.", valueName: "date"))
        var to: String?
        @Option(help: ArgumentHelp("Only events whose sentence mentions this place.", valueName: "place"))
        var place: String?
        @Option(help: ArgumentHelp("Only events from this article.", valueName: "id"))
        var article: Int?
        @Option(help: "Show at most this many events.")
        var limit: Int = 1_000
        @Option(help: "Skip this many events first.")
        var offset: Int = 0

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
            guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
            try output.validate(allowed: OutputOptions.listingFormats + [.ics])
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let range = DateRange(
                    from: try from.map { try DayArgument.parse($0, option: "--from") },
                    to: try to.map { try DayArgument.parse($0, option: "--to", upper: true) })
                let store = try database.open(.existing)
                let events = try store.events(
                    EventFilter(range: range, place: place, articleID: article, limit: limit, offset: offset))
                try CommandRunner.print(Listings.events(events), as: output.format)
            }
        }
    }
}
