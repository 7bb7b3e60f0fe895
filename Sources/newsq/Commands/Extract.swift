import ArgumentParser
import Foundation
import NewsStore

extension Newsq {
    /// `newsq extract FILE`
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what importing a file would store, without touching any database.",
            discussion: """
                Prints the cleaned fields, authors with roles, places (country, coordinates, offsets, \
                whether resolved in the gazetteer) and events (date, precision, expression, rule, \
                evidence). Uses the gazetteer shipped with newsq. The JSON fields are documented in \
                the README.
                """)

        @Argument(help: ArgumentHelp("An article text file, or - for standard input.", valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(
                "Publication day to resolve dates against when the text has none (2016-10-17).", valueName: "date"))
        var published: String?

        @OptionGroup var output: OutputOptions<Extract>

        func validate() throws {
            _ = try publishedDay()
        }

        /// `--published` as the store takes it.
        func publishedDay() throws -> CalendarDay? {
            try published.map { try DateRangeOptions.day($0, option: "--published") }
        }

        func run() throws {
            let format = output.format
            try CommandRunner.run(format: format) {
                let published = try publishedDay()
                let data: Data
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    guard FileManager.default.fileExists(atPath: file) else {
                        throw NewsStoreError.unreadableInput(path: file, reason: "no such file")
                    }
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                }
                let extracted = try NewsStore.extract(data, origin: file, publishedOverride: published)
                let report = ExtractionReport(extracted: extracted)
                Console.out(format == .json ? JSONWriter.pretty(report.json) + "\n" : report.table)
            }
        }
    }
}

extension Newsq.Extract: FormattedCommand {
    static let formats: [OutputFormat] = [.json, .table]
}
