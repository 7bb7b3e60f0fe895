/// One row of `SampleData/gazetteer/regions.tsv`: a region or people that is not a country
/// ("Kurdistan", "Middle East"), with the adjectives that point to it ("Kurdish"). The extractor
/// reports them as places known by name and uses their country (when they have one) as context.
/// A first-level division (an admin1 code) has a point derived from GeoNames' places (see
/// `point`); other regions have none, and newsq never invents one. `package`: the gazetteer
/// compactor rewrites the points of regions.tsv in this layout.
package struct RegionRecord: Sendable, Hashable {
    var name: String
    /// region, continent …
    var kind: PlaceKind
    package var countryCode: String?
    var demonyms: [String]
    var aliases: [String]
    /// The GeoNames admin1 code when the region is a first-level division (US states: "NJ"), so
    /// "Trenton, New Jersey" prefers the Princeton in New Jersey.
    package var admin1: String? = nil
    package var latitude: Double? = nil
    package var longitude: Double? = nil
    /// Where the point comes from: `geonames-admin1 <id>`, the GeoNames place of that admin1
    /// nearest to the population-weighted centre of all its places.
    package var point: String = ""

    /// The column names of regions.tsv, in order (its first line, after "# ").
    package static let columns = [
        "name", "kind", "country", "demonyms", "aliases", "admin1", "latitude", "longitude", "point",
    ]

    /// Parses regions.tsv (a "#" header line, then 5 tab-separated columns, an optional sixth (the
    /// admin1 code) and optionally the point's latitude, longitude and source).
    /// - Throws: `NewsStoreError.invalidGazetteer` naming a bad line.
    package static func parseTable(_ text: String, path: String) throws -> [RegionRecord] {
        var records: [RegionRecord] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let latitude = cells.count == 9 ? Double(cells[6]) : nil
            let longitude = cells.count == 9 ? Double(cells[7]) : nil
            guard [5, 6, 9].contains(cells.count), !cells[0].isEmpty, !cells[1].isEmpty,
                (latitude == nil) == (longitude == nil), (latitude ?? 0).magnitude <= 90,
                (longitude ?? 0).magnitude <= 180
            else {
                throw NewsStoreError.invalidGazetteer(
                    path: path, line: offset + 1,
                    reason: "a region row needs 5, 6 or 9 tab-separated columns: name, kind, "
                        + "country, demonyms, aliases[, admin1[, latitude, longitude, point]], with both "
                        + "coordinates or neither")
            }
            records.append(
                RegionRecord(
                    name: cells[0], kind: PlaceKind(cells[1]), countryCode: cells[2].isEmpty ? nil : cells[2],
                    demonyms: CountryRecord.list(cells[3]), aliases: CountryRecord.list(cells[4]),
                    admin1: cells.count >= 6 && !cells[5].isEmpty ? cells[5] : nil, latitude: latitude,
                    longitude: longitude, point: cells.count == 9 ? cells[8] : ""))
        }
        return records
    }
}

extension RegionRecord {
    /// The row as a line of regions.tsv (9 columns).
    package var tableLine: String {
        [
            name, kind.rawValue, countryCode ?? "", demonyms.joined(separator: ","), aliases.joined(separator: ","),
            admin1 ?? "", latitude.map(GeoNamesRecord.coordinate) ?? "", longitude.map(GeoNamesRecord.coordinate) ?? "",
            point,
        ].joined(separator: "\t")
    }
}
