import Foundation
import NewsStore

/// Derives representative points from GeoNames places as the dump streams past: a country's
/// capital, a country's most populous place, and the centre of a first-level division.
///
/// A division's point is the GeoNames place of that division nearest to the population-weighted
/// centre of all its places (the mean of their unit vectors, so a division across the 180th
/// meridian is handled). The centre itself can fall outside a division that is not convex
/// (Hawaii's islands, Michigan's two peninsulas, the sea off a coast); the place nearest to it is
/// by construction inside, and central by population.
struct PointCollector {
    /// A derived point and the GeoNames place it comes from.
    struct Point: Equatable {
        var latitude: Double
        var longitude: Double
        var geonameID: Int
    }

    /// Folded capital name by country code (from countries.json).
    private let capitals: [String: String]
    /// "US.CA": the divisions whose points are wanted.
    private let divisions: Set<String>
    private var capitalMatch: [String: (point: Point, population: Int)] = [:]
    private var largest: [String: (point: Point, population: Int)] = [:]
    private var sums: [String: (x: Double, y: Double, z: Double, weight: Double)] = [:]
    private var members: [String: [Point]] = [:]

    init(capitals: [String: String], divisions: Set<String>) {
        self.capitals = capitals
        self.divisions = divisions
    }

    /// The key of a division in `divisions`.
    static func division(country: String, admin1: String) -> String { "\(country).\(admin1)" }

    /// Takes one place of the dump into account.
    mutating func visit(_ row: GeoNamesRow) {
        let code = row.countryCode
        guard !code.isEmpty else { return }
        let coordinates = row.roundedCoordinates
        let point = Point(latitude: coordinates.latitude, longitude: coordinates.longitude, geonameID: row.geonameID)
        let population = row.population ?? 0
        if Self.isBetter(population, point, than: largest[code]) { largest[code] = (point, population) }
        if let capital = capitals[code], !capital.isEmpty,
            ([row.name, row.asciiName] + row.alternateNames).contains(where: { PlaceNameKey.fold($0) == capital }),
            Self.isBetter(population, point, than: capitalMatch[code])
        {
            capitalMatch[code] = (point, population)
        }
        let division = Self.division(country: code, admin1: row.admin1)
        guard !row.admin1.isEmpty, divisions.contains(division) else { return }
        let radians = Double.pi / 180
        let latitude = point.latitude * radians
        let longitude = point.longitude * radians
        let weight = Double(population)
        var sum = sums[division] ?? (0, 0, 0, 0)
        sum.x += weight * cos(latitude) * cos(longitude)
        sum.y += weight * cos(latitude) * sin(longitude)
        sum.z += weight * sin(latitude)
        sum.weight += weight
        sums[division] = sum
        members[division, default: []].append(point)
    }

    /// More people wins; on a tie the lower GeoNames id, so the result never depends on file order.
    private static func isBetter(_ population: Int, _ point: Point, than current: (point: Point, population: Int)?)
        -> Bool
    {
        guard let current else { return true }
        if population != current.population { return population > current.population }
        return point.geonameID < current.point.geonameID
    }

    /// The most populous place of the country whose name (or one of its names) is the capital's.
    func capital(of code: String) -> Point? { capitalMatch[code]?.point }

    /// The most populous place of the country.
    func largestPlace(of code: String) -> Point? { largest[code]?.point }

    /// The division's place nearest to its population-weighted centre (see the type).
    func centre(of division: String) -> Point? {
        guard let places = members[division], let sum = sums[division] else { return nil }
        guard sum.weight > 0, sum.x * sum.x + sum.y * sum.y + sum.z * sum.z > 0 else {
            return places.min { $0.geonameID < $1.geonameID }
        }
        let degrees = 180 / Double.pi
        let latitude = atan2(sum.z, (sum.x * sum.x + sum.y * sum.y).squareRoot()) * degrees
        let longitude = atan2(sum.y, sum.x) * degrees
        let centre = GazetteerProbe(latitude: latitude, longitude: longitude)
        return places.min { left, right in
            let l = centre.distance(to: left)
            let r = centre.distance(to: right)
            return l != r ? l < r : left.geonameID < right.geonameID
        }
    }

    /// A point to measure great-circle distances from.
    private struct GazetteerProbe {
        var latitude: Double
        var longitude: Double

        /// Haversine distance in radians (order is all that matters here).
        func distance(to point: Point) -> Double {
            let radians = Double.pi / 180
            let dLat = (point.latitude - latitude) * radians
            let dLon = (point.longitude - longitude) * radians
            let a =
                sin(dLat / 2) * sin(dLat / 2)
                + cos(latitude * radians) * cos(point.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
            return 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
        }
    }
}
