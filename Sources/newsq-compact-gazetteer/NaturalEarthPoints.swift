import Foundation

/// natural-earth-points.tsv: one point inside each country polygon of Natural Earth's 1:110m
/// admin-0 map (public domain), written by natural-earth-points.py beside it.
enum NaturalEarthPoints {
    /// A country's point.
    struct Point: Equatable {
        var latitude: Double
        var longitude: Double
    }

    /// Points by ISO alpha-3 code, from the file's text ("# iso3 name latitude longitude").
    /// - Throws: `CompactorError.invalidLine` for a row that is not four columns with coordinates.
    static func parse(_ text: String, path: String) throws -> [String: Point] {
        var points: [String: Point] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, cells[0].count == 3, let latitude = Double(cells[2]),
                let longitude = Double(cells[3]), (-90...90).contains(latitude), (-180...180).contains(longitude)
            else {
                throw CompactorError.invalidLine(
                    path: path, line: offset + 1,
                    reason: "a point row needs 4 tab-separated columns: iso3, name, latitude, longitude")
            }
            points[cells[0]] = Point(latitude: latitude, longitude: longitude)
        }
        return points
    }
}
