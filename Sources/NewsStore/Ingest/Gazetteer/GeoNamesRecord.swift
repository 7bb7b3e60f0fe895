import Foundation

/// One row of a GeoNames dump (`cities500.txt`, `allCountries.txt`, or the shipped compact
/// gazetteer), with only the columns newsq uses.
package struct GeoNamesRecord: Sendable, Hashable {
    var geonameID: Int
    var name: String
    /// Column 3; empty in the compact gazetteer when it equals `name`.
    var asciiName: String
    var alternateNames: [String]
    var latitude: Double
    var longitude: Double
    var featureClass: String
    var featureCode: String
    var countryCode: String
    var admin1: String
    var population: Int?

    /// The place kind newsq stores, from the feature class and code.
    var kind: PlaceKind {
        switch featureClass {
        case "P":
            if featureCode == "PPLC" || featureCode.hasPrefix("PPLA") { return .city }
            guard let population, population > 0 else { return .town }  // GeoNames writes 0 for unknown
            return population >= 50_000 ? .city : population >= 2_000 ? .town : .village
        case "A": return featureCode.hasPrefix("PCL") ? .country : .region
        case "T": return featureCode.hasPrefix("MT") || featureCode.hasPrefix("HLL") ? .mountain : .area
        case "H": return .water
        case "S": return featureCode.hasPrefix("AIR") ? .base : .site
        case "L": return .area
        default: return .place
        }
    }

    /// Every distinct name (name, ASCII name, alternates), first spelling kept per folded key.
    var allNames: [(key: String, name: String)] {
        var seen: Set<String> = []
        var result: [(key: String, name: String)] = []
        for candidate in [name, asciiName] + alternateNames where !candidate.isEmpty {
            let key = PlaceNameKey.fold(candidate)
            if !key.isEmpty, seen.insert(key).inserted { result.append((key, candidate)) }
        }
        return result
    }

    /// The row in the GeoNames dump layout: 19 tab-separated columns, unused ones empty.
    var dumpLine: String {
        var columns = [String](repeating: "", count: 19)
        columns[0] = String(geonameID)
        columns[1] = name
        columns[2] = asciiName
        columns[3] = alternateNames.joined(separator: ",")
        columns[4] = GeoNamesRecord.coordinate(latitude)
        columns[5] = GeoNamesRecord.coordinate(longitude)
        columns[6] = featureClass
        columns[7] = featureCode
        columns[8] = countryCode
        columns[10] = admin1
        columns[14] = population.map(String.init) ?? ""
        return columns.joined(separator: "\t")
    }

    /// At most 4 decimals (about 10 m, finer than a town), without trailing zeros. `package`: the
    /// gazetteer compactor writes coordinates exactly as the library does.
    package static func coordinate(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
