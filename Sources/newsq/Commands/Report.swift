import ArgumentParser
import Foundation
import NewsStore

extension Newsq {
    /// `newsq report [QUERY] [filters] -o report.html`
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write one self-contained HTML page: map, timeline, coverage and the articles.",
            discussion: """
                The page needs no network and no other file: Leaflet, the country outlines and the \
                data are inside it, so it works from file://, by e-mail and archived. Without a query, \
                the report covers the articles that pass the filters, newest first. \
                Example: newsq report mosul --since 2016-10 -o mosul.html
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The search query (optional; the search language).", valueName: "query"))
        var words: [String] = []
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var filters: SearchFilterOptions
        @Option(parsing: .unconditional, help: "Put at most this many articles in the report.")
        var limit = 500
        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp(
                "Write the page to this file (default: stdout when it is not a terminal).", valueName: "file"),
            completion: Completions.path)
        var outputFile: String?

        var query: String { words.joined(separator: " ") }

        func validate() throws {
            guard limit > 0, limit <= 100_000 else { throw ValidationError("--limit must be between 1 and 100000") }
            if outputFile == nil && Terminal.isStandardOutputTerminal {
                throw ValidationError("give a file for the page: -o report.html")
            }
        }

        func run() throws {
            try CommandRunner.run(format: .table) {
                let range = try dates.range()
                let options = SearchOptions(
                    since: range.from, until: range.to, author: filters.author, place: filters.place,
                    source: filters.source)
                let store = try database.open(.readOnly)
                var labels: [String] = []
                if let since = range.from { labels.append("since \(since.iso)") }
                if let until = range.to { labels.append("until \(until.iso)") }
                if let author = filters.author { labels.append("author \(author)") }
                if let place = filters.place { labels.append("place \(place)") }
                if let source = filters.source { labels.append("source \(source)") }
                let data = try ReportData.read(
                    from: store, query: query, options: options, filters: labels, limit: limit)
                let page = ReportPage(data: data).render()
                guard let outputFile else {
                    Console.out(page)
                    return
                }
                try Self.write(page, to: outputFile)
                Console.note(
                    "wrote \(outputFile): \(data.articles.count) article\(data.articles.count == 1 ? "" : "s"), "
                        + "\(data.places.count) places, \(data.events.count) events")
            }
        }

        /// Writes the page whole or not at all: to a temporary file beside it, then renamed.
        /// - Throws: `NewsStoreError.cannotOpen` naming the file.
        static func write(_ page: String, to path: String) throws {
            let url = URL(fileURLWithPath: path)
            do {
                try Data(page.utf8).write(to: url, options: .atomic)
            } catch {
                throw NewsStoreError.cannotOpen(
                    path: path, reason: "cannot write the report there (\(error.localizedDescription))")
            }
        }
    }
}
