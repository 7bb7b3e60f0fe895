import Foundation

/// One row of `SampleData/gazetteer/countries.tsv`: a country from GeoNames' country info, with
/// the demonyms and aliases written by hand for newsq ("Iraqi"; "U.S.", "America").
struct CountryRecord: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    var code: String
    var iso3: String
    var name: String
    var capital: String
    var continent: String
    var population: Int?
    /// Alpha-2 codes, comma-separated in the file.
    var neighbours: [String]
    var geonameID: Int?
    /// Adjectives of nationality: "Iraqi", "Saudi", "Saudi Arabian".
    var demonyms: [String]
    /// Other names the text may use: "U.S.", "Britain".
    var aliases: [String]

    /// The column names of countries.tsv, in order (its first line, after "# ").
    static let columns = [
        "code", "iso3", "name", "capital", "continent", "population", "neighbours", "geonameid", "demonyms", "aliases",
    ]

    /// Parses countries.tsv (a "#" header line, then 10 tab-separated columns).
    /// - Throws: `NewsStoreError.invalidGazetteer` naming a bad line.
    static func parseTable(_ text: String, path: String) throws -> [CountryRecord] {
        var records: [CountryRecord] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == columns.count, cells[0].count == 2 else {
                throw NewsStoreError.invalidGazetteer(
                    path: path, line: offset + 1,
                    reason: "a country row needs \(columns.count) tab-separated columns starting with an ISO code")
            }
            records.append(
                CountryRecord(
                    code: cells[0], iso3: cells[1], name: cells[2], capital: cells[3], continent: cells[4],
                    population: Int(cells[5]), neighbours: list(cells[6]), geonameID: Int(cells[7]),
                    demonyms: list(cells[8]), aliases: list(cells[9])))
        }
        return records
    }

    /// The row as a line of countries.tsv.
    var tableLine: String {
        [
            code, iso3, name, capital, continent, population.map(String.init) ?? "", neighbours.joined(separator: ","),
            geonameID.map(String.init) ?? "", demonyms.joined(separator: ","), aliases.joined(separator: ","),
        ].joined(separator: "\t")
    }

    static func list(_ cell: String) -> [String] {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
