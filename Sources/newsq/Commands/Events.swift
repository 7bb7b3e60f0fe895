import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq events`
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Dated events the articles report, in date order.",
            discussion: """
                An event is a sentence or caption with a date, resolved against the article's \
                publication date ("on Sunday" in a Monday article is the day before). Example: \
                newsq events --place Qayyara --format ics > qayyara.ics; \
                newsq events --format svg > timeline.svg (a timeline; --format png with rsvg-convert)
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Events>
        @OptionGroup var dates: DateRangeOptions
        @Option(help: ArgumentHelp("Only events whose sentence mentions this place.", valueName: "place"))
        var place: String?
        @Option(help: ArgumentHelp("Only events from this article.", valueName: "id"))
        var article: Int?
        @OptionGroup var paging: PagingOptions<Events>

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let filter = EventFilter(
                    range: try dates.range(), place: place, articleID: article, limit: paging.probeLimit,
                    offset: paging.offset)
                let store = try database.open(.readOnly)
                let events = paging.page(try store.events(filter))
                if output.format.isPicture {
                    try Picture.print(EventTimeline(events: events).render(), as: output.format)
                    return
                }
                try CommandRunner.print(Listings.events(events), as: output.format, color: output.color)
            }
        }
    }
}

extension Newsq.Events: FormattedCommand, PagedCommand {
    static let formats = OutputFormat.anyListing + [.ics, .svg, .png]
    static let pageSize = 1_000
    static let resultNoun = "events"
}
