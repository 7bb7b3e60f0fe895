import Foundation

/// One row of `SampleData/gazetteer/countries.tsv`: a country from GeoNames' country info, a
/// representative point derived from real data (see `point`), and the demonyms and aliases written
/// by hand for newsq ("Iraqi"; "U.S.", "America"). `package`: the gazetteer compactor writes
/// countries.tsv with these columns.
package struct CountryRecord: Sendable, Hashable {
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
    /// A point inside the country, so it can be drawn and found by `places --near`; nil when no
    /// source gives one (newsq never invents coordinates).
    var latitude: Double? = nil
    var longitude: Double? = nil
    /// Where the point comes from: `naturalearth-110m` (Natural Earth's polygon, a point
    /// guaranteed inside it) or `geonames-capital <id>` (the capital's GeoNames place).
    var point: String = ""
    /// Adjectives of nationality: "Iraqi", "Saudi", "Saudi Arabian".
    var demonyms: [String]
    /// Other names the text may use: "U.S.", "Britain".
    var aliases: [String]

    /// The column names of countries.tsv, in order (its first line, after "# ").
    package static let columns = [
        "code", "iso3", "name", "capital", "continent", "population", "neighbours", "geonameid", "latitude",
        "longitude", "point", "demonyms", "aliases",
    ]

    /// Parses countries.tsv (a "#" header line, then 13 tab-separated columns).
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
            let latitude = Double(cells[8])
            let longitude = Double(cells[9])
            guard (latitude == nil) == (longitude == nil), (latitude ?? 0).magnitude <= 90,
                (longitude ?? 0).magnitude <= 180
            else {
                throw NewsStoreError.invalidGazetteer(
                    path: path, line: offset + 1,
                    reason: "a country's point needs both a latitude (-90…90) and a longitude (-180…180), or neither")
            }
            records.append(
                CountryRecord(
                    code: cells[0], iso3: cells[1], name: cells[2], capital: cells[3], continent: cells[4],
                    population: Int(cells[5]), neighbours: list(cells[6]), geonameID: Int(cells[7]),
                    latitude: latitude, longitude: longitude, point: cells[10], demonyms: list(cells[11]),
                    aliases: list(cells[12])))
        }
        return records
    }

    /// The row as a line of countries.tsv.
    var tableLine: String {
        let located: [String] = [
            latitude.map(GeoNamesRecord.coordinate) ?? "", longitude.map(GeoNamesRecord.coordinate) ?? "", point,
        ]
        let info: [String] = [
            code, iso3, name, capital, continent, population.map(String.init) ?? "", neighbours.joined(separator: ","),
            geonameID.map(String.init) ?? "",
        ]
        return (info + located + [demonyms.joined(separator: ","), aliases.joined(separator: ",")])
            .joined(separator: "\t")
    }

    static func list(_ cell: String) -> [String] {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
