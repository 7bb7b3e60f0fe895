import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq places`
    struct Places: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "places",
            abstract: "Places the articles mention, most mentioned first, or near another place.",
            discussion: """
                Examples: newsq places --article 1 --format geojson > mosul.geojson; \
                newsq places --format svg > places.svg (a map; --format png with rsvg-convert); \
                newsq places --near Mosul --within 50km. Places known only by name have no coordinates \
                (null geometry in GeoJSON). Place data from GeoNames (geonames.org), CC BY 4.0.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Places>

        @Option(help: ArgumentHelp("Only places this article mentions.", valueName: "id"))
        var article: Int?
        @Option(help: ArgumentHelp("Only places in this country (IQ or Iraq).", valueName: "country"))
        var country: String?
        @Option(help: ArgumentHelp("Only places near this one, nearest first.", valueName: "place"))
        var near: String?
        @Option(help: ArgumentHelp("Radius for --near: 50km, 30mi or 5000m.", valueName: "distance"))
        var within: Distance = Distance(kilometres: 50)
        @Flag(help: "Only places matched to the gazetteer; hide those known only by name or guessed from text.")
        var resolved = false
        @OptionGroup var paging: PagingOptions<Places>

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let store = try database.open(.readOnly)
                let filter = PlaceFilter(
                    articleID: article, country: country, near: near, withinKm: within.kilometres,
                    limit: paging.probeLimit, offset: paging.offset, resolvedOnly: resolved)
                let places = paging.page(try store.places(filter))
                if output.format.isPicture {
                    try Picture.print(PlaceMap(places: places).render(), as: output.format)
                    return
                }
                try CommandRunner.print(
                    Listings.places(places, withDistance: near != nil), as: output.format, color: output.color)
            }
        }
    }
}

extension Newsq.Places: FormattedCommand, PagedCommand {
    static let formats = OutputFormat.anyListing + [.geojson, .svg, .png]
    static let pageSize = 100
    static let resultNoun = "places"
}
