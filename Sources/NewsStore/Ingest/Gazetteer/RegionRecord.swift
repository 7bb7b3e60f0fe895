/// One row of `SampleData/gazetteer/regions.tsv`: a region or people that is not a country
/// ("Kurdistan", "Middle East"), with the adjectives that point to it ("Kurdish"). Regions have
/// no coordinates; the extractor reports them as places known by name and uses their country
/// (when they have one) as context.
struct RegionRecord: Sendable, Hashable {
    var name: String
    /// region, continent …
    var kind: PlaceKind
    var countryCode: String?
    var demonyms: [String]
    var aliases: [String]
    /// The GeoNames admin1 code when the region is a first-level division (US states: "NJ"), so
    /// "Trenton, New Jersey" prefers the Princeton in New Jersey.
    var admin1: String? = nil

    /// Parses regions.tsv (a "#" header line, then 5 tab-separated columns and an optional sixth,
    /// the admin1 code).
    /// - Throws: `NewsStoreError.invalidGazetteer` naming a bad line.
    static func parseTable(_ text: String, path: String) throws -> [RegionRecord] {
        var records: [RegionRecord] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 5 || cells.count == 6, !cells[0].isEmpty, !cells[1].isEmpty else {
                throw NewsStoreError.invalidGazetteer(
                    path: path, line: offset + 1,
                    reason: "a region row needs 5 or 6 tab-separated columns: name, kind, "
                        + "country, demonyms, aliases[, admin1]")
            }
            records.append(
                RegionRecord(
                    name: cells[0], kind: PlaceKind(cells[1]), countryCode: cells[2].isEmpty ? nil : cells[2],
                    demonyms: CountryRecord.list(cells[3]), aliases: CountryRecord.list(cells[4]),
                    admin1: cells.count == 6 && !cells[5].isEmpty ? cells[5] : nil))
        }
        return records
    }
}
