import Foundation
import NewsStore

/// regions.tsv with the points of its first-level divisions brought up to date: the hand-written
/// columns (name, kind, country, demonyms, aliases, admin1) are kept as they are, and a row with
/// a country and an admin1 code gets the point `PointCollector.centre(of:)` derives.
enum RegionsTable {
    /// The divisions regions.tsv names ("US.CA"), for `PointCollector`.
    /// - Throws: `CompactorError.unreadableInput` when the table is malformed.
    static func divisions(in existing: String, path: String) throws -> Set<String> {
        Set(
            try records(existing, path: path).compactMap { record in
                guard let country = record.countryCode, let admin1 = record.admin1 else { return nil }
                return PointCollector.division(country: country, admin1: admin1)
            })
    }

    /// The new table's text: comment lines kept, the header in the current layout, every row in 9
    /// columns.
    /// - Throws: `CompactorError.unreadableInput` when the table is malformed.
    static func make(existing: String, path: String, places: PointCollector) throws -> String {
        var lines: [String] = []
        for line in existing.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# name\t") {
                lines.append("# " + RegionRecord.columns.joined(separator: "\t"))
                continue
            }
            if line.isEmpty || line.hasPrefix("#") {
                lines.append(String(line))
                continue
            }
            guard var record = try records(String(line), path: path).first else { continue }
            record.latitude = nil
            record.longitude = nil
            record.point = ""
            if let country = record.countryCode, let admin1 = record.admin1,
                let point = places.centre(of: PointCollector.division(country: country, admin1: admin1))
            {
                record.latitude = point.latitude
                record.longitude = point.longitude
                record.point = "geonames-admin1 \(point.geonameID)"
            }
            lines.append(record.tableLine)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func records(_ text: String, path: String) throws -> [RegionRecord] {
        do {
            return try RegionRecord.parseTable(text, path: path)
        } catch {
            throw CompactorError.unreadableInput(path: path, reason: "\(error)")
        }
    }
}
