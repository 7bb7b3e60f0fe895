import Foundation
import NewsStore

/// countries.tsv from GeoNames' countries.json: one row per country, sorted by ISO code, with a
/// representative point and the hand-written `demonyms` and `aliases` columns carried over from
/// the existing table.
///
/// The point is Natural Earth's (a point inside the country's 1:110m polygon) when Natural Earth
/// has the country, else its capital's GeoNames place, else its most populous GeoNames place; the
/// `point` column says which, and countries none of them covers have no point.
enum CountriesTable {
    /// The header of countries.tsv, after "# ": newsq's `CountryRecord.columns`.
    static let columns = CountryRecord.columns

    /// The countries.json object keyed by ISO code.
    /// - Throws: `CompactorError.unreadableInput` when it is not one.
    static func countries(fromJSON json: Data) throws -> [String: [String: Any]] {
        guard let object = try? JSONSerialization.jsonObject(with: json), let countries = object as? [String: Any]
        else {
            throw CompactorError.unreadableInput(
                path: "countries.json", reason: "expected a JSON object keyed by ISO code")
        }
        return countries.compactMapValues { $0 as? [String: Any] }
    }

    /// Each country's capital, folded as place names are (for `PointCollector`).
    static func capitals(_ countries: [String: [String: Any]]) -> [String: String] {
        countries.compactMapValues { fields in
            (fields["capital"] as? String).map { PlaceNameKey.fold($0.trimmingCharacters(in: .whitespaces)) }
        }.filter { !$0.value.isEmpty }
    }

    /// The new table's text.
    /// - Parameters:
    ///   - countries: countries.json, an object keyed by ISO code.
    ///   - existing: the current countries.tsv, source of the hand-written columns.
    ///   - naturalEarth: Natural Earth points by ISO alpha-3 code.
    ///   - places: what the GeoNames dump gave (capitals, largest places).
    /// - Throws: `CompactorError.unreadableInput` when the existing table is not in its expected form.
    static func make(
        countries: [String: [String: Any]], existing: String, existingPath: String,
        naturalEarth: [String: NaturalEarthPoints.Point], places: PointCollector
    ) throws -> String {
        let handWritten = try handWrittenColumns(existing, path: existingPath)
        var lines = [header]
        for code in countries.keys.sorted() {
            guard let fields = countries[code] else { continue }
            func text(_ key: String) -> String {
                if let value = fields[key] as? String { return value.trimmingCharacters(in: .whitespaces) }
                if let value = fields[key] as? NSNumber { return value.stringValue }
                return ""
            }
            let kept = handWritten[code] ?? (demonyms: "", aliases: "")
            let iso3 = text("iso3")
            var point: (latitude: Double, longitude: Double, source: String)?
            if let found = naturalEarth[iso3] {
                point = (found.latitude, found.longitude, "naturalearth-110m")
            } else if let found = places.capital(of: code) {
                point = (found.latitude, found.longitude, "geonames-capital \(found.geonameID)")
            } else if let found = places.largestPlace(of: code) {
                point = (found.latitude, found.longitude, "geonames-largest \(found.geonameID)")
            }
            let row = [
                code, iso3, text("name"), text("capital"), text("continentcode"),
                Int(text("population")).map(String.init) ?? "", list(text("neighbours")),
                Int(text("geonameid")).map(String.init) ?? "",
                point.map { GeoNamesRecord.coordinate($0.latitude) } ?? "",
                point.map { GeoNamesRecord.coordinate($0.longitude) } ?? "", point?.source ?? "", kept.demonyms,
                kept.aliases,
            ]
            lines.append(row.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static var header: String { "# " + columns.joined(separator: "\t") }

    /// Demonyms and aliases of each country in the existing table, by ISO code. The columns are
    /// found by the table's own header, so a table of an earlier layout still gives them.
    private static func handWrittenColumns(
        _ text: String, path: String
    ) throws -> [String: (demonyms: String, aliases: String)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let names = lines.first.map { $0.dropFirst(2).split(separator: "\t").map(String.init) } ?? []
        guard lines.first?.hasPrefix("# code\t") == true, let demonyms = names.firstIndex(of: "demonyms"),
            let aliases = names.firstIndex(of: "aliases")
        else {
            throw CompactorError.unreadableInput(
                path: path, reason: "the first line is not a header naming the demonyms and aliases columns")
        }
        var result: [String: (demonyms: String, aliases: String)] = [:]
        for (offset, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == names.count else {
                throw CompactorError.invalidLine(
                    path: path, line: offset + 1, reason: "a country row needs \(names.count) tab-separated columns")
            }
            if result[cells[0]] == nil { result[cells[0]] = (list(cells[demonyms]), list(cells[aliases])) }
        }
        return result
    }

    /// A comma-separated cell with its items trimmed and empty ones dropped.
    private static func list(_ cell: String) -> String {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: ",")
    }
}
