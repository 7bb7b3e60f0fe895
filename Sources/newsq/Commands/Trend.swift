import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq trend QUERY… --by month`
    struct Trend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trend",
            abstract: "Coverage over time: articles matching each query per day, week, month or year.",
            discussion: """
                Each argument is one query in the search language; several are counted side by side. \
                Every period holds the matching articles, all articles published in it (total) and \
                their share; periods with no article between the first and the last are listed with \
                zeros. Keys: period, total, then matches and share for one query, or the query and \
                "<query> share" for each of several. Example: newsq trend mosul raqqa --by month --format svg > trend.svg
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Trend>

        @Argument(help: ArgumentHelp("Queries, one per argument (quote a query of several words).", valueName: "query"))
        var queries: [String]

        @Option(help: "Period: day, week (from Monday), month or year.")
        var by: TrendPeriod = .month
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var filters: SearchFilterOptions
        @Flag(help: "Pass each query to FTS5 as written (checked first).")
        var raw = false
        @Option(help: ArgumentHelp("Seconds each query may run before it is stopped.", valueName: "seconds"))
        var timeout: Double = SearchOptions.defaultTimeout

        func validate() throws {
            guard !queries.isEmpty, queries.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw ValidationError("give at least one query, e.g. newsq trend mosul --by month")
            }
            guard Set(queries).count == queries.count else {
                throw ValidationError("a query is given twice; give each query once")
            }
            guard timeout > 0, timeout <= 3_600 else {
                throw ValidationError("--timeout must be between 0 and 3600 seconds")
            }
        }

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let range = try dates.range()
                let options = SearchOptions(
                    since: range.from, until: range.to, author: filters.author, place: filters.place,
                    source: filters.source, raw: raw,
                    timeout: timeout)
                let store = try database.open(.readOnly)
                let trends = try queries.map { try store.trend($0, options, by: by) }
                for (query, trend) in zip(queries, trends) where trend.undatedMatches > 0 {
                    Console.note(
                        "\(trend.undatedMatches) article\(trend.undatedMatches == 1 ? "" : "s") matching "
                            + "\(query.debugDescription) have no publication date and are in no period")
                }
                let series = TrendSeries(queries: queries, trends: trends)
                if output.format.isPicture {
                    try Picture.print(TrendChart(series: series).render(), as: output.format)
                    return
                }
                try CommandRunner.print(Listings.trend(series), as: output.format, color: output.color)
            }
        }
    }
}

extension Newsq.Trend: FormattedCommand {
    static let formats = OutputFormat.anyListing + [.svg, .png]
}

extension TrendPeriod: ExpressibleByArgument {}
