import ArgumentParser
import Foundation

/// The maintainer tool that regenerates SampleData/gazetteer from a GeoNames dump:
/// `swift run newsq-compact-gazetteer [SOURCE] [--output DIR] [--words FILE]`.
///
/// It writes cities.txt, common-words.txt and countries.tsv; regions.tsv is edited by hand. Run from
/// the package root, its defaults read ../shared/data/gazetteer and write SampleData/gazetteer.
@main
struct CompactGazetteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-compact-gazetteer",
        abstract: "Derive newsq's shipped gazetteer (SampleData/gazetteer) from a GeoNames dump.",
        discussion: """
            SOURCE holds cities500.txt (or cities500.txt.gz, unpacked with gzip) in the GeoNames dump \
            layout and GeoNames' countries.json. Writes cities.txt and common-words.txt, and rewrites \
            countries.tsv keeping its hand-written demonyms and aliases. Place data from GeoNames \
            (geonames.org), CC BY 4.0.
            """
    )

    @Argument(help: "Folder with cities500.txt(.gz) and countries.json.")
    var source = "../shared/data/gazetteer"

    @Option(help: "Folder to write; its countries.tsv supplies the hand-written columns.")
    var output = "SampleData/gazetteer"

    @Option(help: "English word list, one word per line (Debian package wamerican).")
    var words = "/usr/share/dict/american-english"

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let wordList = try SourceFiles.read(words)
        let compactor = GazetteerCompactor(
            commonWords: GazetteerCompactor.commonWords(fromWordList: String(decoding: wordList, as: UTF8.self)))
        let (dumpPath, dump) = try SourceFiles.readCities(inFolder: source)
        let (cities, summary) = try compactor.compact(dump: dump, path: dumpPath)

        let countriesURL = folder.appendingPathComponent("countries.tsv")
        let countries = try CountriesTable.make(
            fromJSON: try SourceFiles.read(source + "/countries.json"),
            existing: String(decoding: try SourceFiles.read(countriesURL.path), as: UTF8.self),
            existingPath: countriesURL.path)

        try Data(cities.utf8).write(to: folder.appendingPathComponent("cities.txt"))
        try Data(GazetteerCompactor.commonWordsFile(summary.commonWordNames).utf8)
            .write(to: folder.appendingPathComponent("common-words.txt"))
        try Data(countries.utf8).write(to: countriesURL)
        print(
            "compacted \(summary.rows) places: kept \(summary.alternatesKept) of \(summary.alternatesIn) alternate "
                + "names, \(summary.commonWordNames.count) common-word names; wrote \(folder.path)")
    }
}
