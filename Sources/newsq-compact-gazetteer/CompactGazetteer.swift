import ArgumentParser
import Foundation

/// The maintainer tool that regenerates SampleData/gazetteer from a GeoNames dump:
/// `swift run newsq-compact-gazetteer [SOURCE] [--output DIR] [--words FILE]`.
///
/// It writes cities.txt, common-words.txt and countries.tsv, and the points of regions.tsv (whose
/// other columns are edited by hand). Run from the package root, its defaults read
/// ../shared/data/gazetteer and Sources/newsq-compact-gazetteer/NaturalEarth/natural-earth-points.tsv
/// and write SampleData/gazetteer.
@main
struct CompactGazetteer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-compact-gazetteer",
        abstract: "Derive newsq's shipped gazetteer (SampleData/gazetteer) from a GeoNames dump.",
        discussion: """
            SOURCE holds cities500.txt (or cities500.txt.gz, unpacked with gzip) in the GeoNames dump \
            layout and GeoNames' countries.json. Writes cities.txt and common-words.txt, rewrites \
            countries.tsv keeping its hand-written demonyms and aliases, and gives each country a \
            point (Natural Earth's, else its capital's) and each first-level division of regions.tsv \
            the point of its place nearest its population-weighted centre. Place data from GeoNames \
            (geonames.org), CC BY 4.0; country polygons from Natural Earth (public domain).
            """
    )

    @Argument(help: "Folder with cities500.txt(.gz) and countries.json.")
    var source = "../shared/data/gazetteer"

    @Option(help: "Folder to write; its countries.tsv and regions.tsv supply the hand-written columns.")
    var output = "SampleData/gazetteer"

    @Option(help: "Natural Earth country points, written by natural-earth-points.py beside them.")
    var countryPoints = "Sources/newsq-compact-gazetteer/NaturalEarth/natural-earth-points.tsv"

    @Option(help: "English word list, one word per line (Debian package wamerican).")
    var words = "/usr/share/dict/american-english"

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let wordList = try SourceFiles.read(words)
        let compactor = GazetteerCompactor(
            commonWords: GazetteerCompactor.commonWords(fromWordList: String(decoding: wordList, as: UTF8.self)))
        let countryJSON = try CountriesTable.countries(fromJSON: try SourceFiles.read(source + "/countries.json"))
        let regionsURL = folder.appendingPathComponent("regions.tsv")
        let regions = String(decoding: try SourceFiles.read(regionsURL.path), as: UTF8.self)
        let naturalEarth = try NaturalEarthPoints.parse(
            String(decoding: try SourceFiles.read(countryPoints), as: UTF8.self), path: countryPoints)
        var places = PointCollector(
            capitals: CountriesTable.capitals(countryJSON),
            divisions: try RegionsTable.divisions(in: regions, path: regionsURL.path))
        let (dumpPath, dump) = try SourceFiles.readCities(inFolder: source)
        let (cities, summary) = try compactor.compact(dump: dump, path: dumpPath) { places.visit($0) }

        let countriesURL = folder.appendingPathComponent("countries.tsv")
        let countries = try CountriesTable.make(
            countries: countryJSON,
            existing: String(decoding: try SourceFiles.read(countriesURL.path), as: UTF8.self),
            existingPath: countriesURL.path, naturalEarth: naturalEarth, places: places)
        let regionsTable = try RegionsTable.make(existing: regions, path: regionsURL.path, places: places)

        try Data(cities.utf8).write(to: folder.appendingPathComponent("cities.txt"))
        try Data(GazetteerCompactor.commonWordsFile(summary.commonWordNames).utf8)
            .write(to: folder.appendingPathComponent("common-words.txt"))
        try Data(countries.utf8).write(to: countriesURL)
        try Data(regionsTable.utf8).write(to: regionsURL)
        print(
            "compacted \(summary.rows) places: kept \(summary.alternatesKept) of \(summary.alternatesIn) alternate "
                + "names, \(summary.commonWordNames.count) common-word names; wrote \(folder.path)")
    }
}
