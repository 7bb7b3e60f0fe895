import Foundation

/// countries.tsv from GeoNames' countries.json: one row per country, sorted by ISO code, with the
/// hand-written `demonyms` and `aliases` columns carried over from the existing table.
enum CountriesTable {
    /// The header of countries.tsv, after "# ". newsq's `CountryRecord` reads these ten columns
    /// in this order; the existing table must start with the same header or the tool stops.
    static let columns = [
        "code", "iso3", "name", "capital", "continent", "population", "neighbours", "geonameid", "demonyms", "aliases",
    ]

    /// The new table's text.
    /// - Parameters:
    ///   - json: countries.json, an object keyed by ISO code.
    ///   - existing: the current countries.tsv, source of the hand-written columns.
    /// - Throws: `CompactorError.unreadableInput` when either input is not in its expected form.
    static func make(fromJSON json: Data, existing: String, existingPath: String) throws -> String {
        let handWritten = try handWrittenColumns(existing, path: existingPath)
        guard let object = try? JSONSerialization.jsonObject(with: json), let countries = object as? [String: Any]
        else {
            throw CompactorError.unreadableInput(
                path: "countries.json", reason: "expected a JSON object keyed by ISO code")
        }
        var lines = [header]
        for code in countries.keys.sorted() {
            guard let fields = countries[code] as? [String: Any] else { continue }
            func text(_ key: String) -> String {
                if let value = fields[key] as? String { return value.trimmingCharacters(in: .whitespaces) }
                if let value = fields[key] as? NSNumber { return value.stringValue }
                return ""
            }
            let kept = handWritten[code] ?? (demonyms: "", aliases: "")
            let row = [
                code, text("iso3"), text("name"), text("capital"), text("continentcode"),
                Int(text("population")).map(String.init) ?? "", list(text("neighbours")),
                Int(text("geonameid")).map(String.init) ?? "", kept.demonyms, kept.aliases,
            ]
            lines.append(row.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static var header: String { "# " + columns.joined(separator: "\t") }

    /// Demonyms and aliases of each country in the existing table, by ISO code.
    private static func handWrittenColumns(
        _ text: String, path: String
    ) throws -> [String: (demonyms: String, aliases: String)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == header else {
            throw CompactorError.unreadableInput(
                path: path, reason: "the first line is not the header \(header.debugDescription)")
        }
        var result: [String: (demonyms: String, aliases: String)] = [:]
        for (offset, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == columns.count else {
                throw CompactorError.invalidLine(
                    path: path, line: offset + 1, reason: "a country row needs \(columns.count) tab-separated columns")
            }
            if result[cells[0]] == nil { result[cells[0]] = (list(cells[8]), list(cells[9])) }
        }
        return result
    }

    /// A comma-separated cell with its items trimmed and empty ones dropped.
    private static func list(_ cell: String) -> String {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: ",")
    }
}
