import Foundation
import NewsStore

/// One line of a GeoNames dump (19 tab-separated columns, UTF-8), held as text so the compact file
/// repeats exactly what the compactor does not change.
///
/// Checked as strictly as newsq's importer checks it (id, name, coordinates, population), so the
/// tool never writes a file that newsq would refuse to load.
struct GeoNamesRow: Equatable {
    /// Columns in the GeoNames dump layout.
    static let columnCount = 19
    /// Columns newsq reads that the compactor copies as they are: geonameid, name, feature class,
    /// feature code, country code, admin1 code. The others it rewrites or leaves empty.
    static let copiedColumns = [0, 1, 6, 7, 8, 10]

    /// Every column as read.
    private(set) var columns: [String]
    /// Column 3; empty in the compact file when it folds to the same key as the name.
    var asciiName: String
    /// Column 4, split at commas.
    var alternateNames: [String]
    var latitude: Double
    var longitude: Double
    /// Column 15; GeoNames writes 0 for an unknown population.
    var population: Int?

    /// Column 2.
    var name: String { columns[1] }
    /// Column 1.
    var geonameID: Int { Int(columns[0]) ?? 0 }
    /// Column 9, ISO 3166-1 alpha-2.
    var countryCode: String { columns[8] }
    /// Column 11.
    var admin1: String { columns[10] }
    /// The coordinates as the compact file writes them (4 decimals), so points derived from a
    /// row are the ones cities.txt holds.
    var roundedCoordinates: (latitude: Double, longitude: Double) {
        (
            Double(GeoNamesRecord.coordinate(latitude)) ?? latitude,
            Double(GeoNamesRecord.coordinate(longitude)) ?? longitude
        )
    }

    /// Parses one line (without its line break). Columns are split at tab bytes, not characters:
    /// a tab followed by a combining mark is one Swift `Character`.
    /// - Throws: `CompactorError.invalidLine` naming what is wrong.
    init(line: String, number: Int, path: String) throws {
        let columns = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        func invalid(_ reason: String) -> CompactorError {
            CompactorError.invalidLine(path: path, line: number, reason: reason)
        }
        guard columns.count == Self.columnCount else {
            throw invalid("found \(columns.count) columns instead of \(Self.columnCount)")
        }
        guard let id = Int(columns[0]), id > 0 else {
            throw invalid("geonameid \(columns[0].debugDescription) is not a positive integer")
        }
        guard !columns[1].isEmpty else { throw invalid("the name column is empty") }
        guard let latitude = Double(columns[4]), (-90...90).contains(latitude) else {
            throw invalid("latitude \(columns[4].debugDescription) is not a number from -90 to 90")
        }
        guard let longitude = Double(columns[5]), (-180...180).contains(longitude) else {
            throw invalid("longitude \(columns[5].debugDescription) is not a number from -180 to 180")
        }
        if !columns[14].isEmpty {
            guard let value = Int(columns[14]), value >= 0 else {
                throw invalid("population \(columns[14].debugDescription) is not a whole number")
            }
            population = value
        }
        self.columns = columns
        self.asciiName = columns[2]
        self.alternateNames = columns[3].split(separator: ",").map(String.init)
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The row in the dump layout: the copied columns, the (possibly emptied) ASCII name, the kept
    /// alternate names, rounded coordinates and the population; every other column empty.
    var dumpLine: String {
        var out = [String](repeating: "", count: Self.columnCount)
        for index in Self.copiedColumns { out[index] = columns[index] }
        out[2] = asciiName
        out[3] = alternateNames.joined(separator: ",")
        out[4] = GeoNamesRecord.coordinate(latitude)
        out[5] = GeoNamesRecord.coordinate(longitude)
        out[14] = population.map(String.init) ?? ""
        return out.joined(separator: "\t")
    }
}
