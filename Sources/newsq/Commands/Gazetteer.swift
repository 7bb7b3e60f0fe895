import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq gazetteer import FILE`
    struct Gazetteer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gazetteer",
            abstract: "Extend the gazetteer newsq uses to find places.",
            discussion: """
                newsq ships a compact world gazetteer: GeoNames populated places with population \
                500 or more, and countries. Place data from GeoNames (geonames.org), licensed under \
                CC BY 4.0.
                """,
            subcommands: [ImportFile.self])
    }
}

extension Newsq.Gazetteer {
    /// `newsq gazetteer import FILE`
    struct ImportFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a GeoNames dump file (cities500.txt, allCountries.txt; unzip it first).",
            discussion: """
                Reads the official GeoNames layout: 19 tab-separated columns, UTF-8. Importing the same \
                file again changes nothing. Places that articles named but the gazetteer lacked get \
                their coordinates when the file has them. Data from GeoNames (geonames.org), CC BY 4.0.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("A GeoNames dump file.", valueName: "file"), completion: Completions.path)
        var file: String

        func run() throws {
            try CommandRunner.run {
                let store = try database.open(.create)
                let summary = try store.importGazetteer(file)
                Console.out("\(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged\n")
            }
        }
    }
}
