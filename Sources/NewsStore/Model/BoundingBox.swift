import Foundation

/// A rectangle of the map in degrees: what is visible in a map view. `west` may be greater than
/// `east` when the box crosses the antimeridian (west 170, east -170 is 20 degrees wide).
public struct BoundingBox: Sendable, Hashable {
    /// The western edge, longitude in degrees (-180…180).
    public var west: Double
    /// The southern edge, latitude in degrees (-90…90).
    public var south: Double
    /// The eastern edge, longitude in degrees (-180…180).
    public var east: Double
    /// The northern edge, latitude in degrees (-90…90), never below `south`.
    public var north: Double

    /// Makes a box from its edges, checked.
    ///
    /// ```swift
    /// let iraq = try BoundingBox(west: 38.8, south: 29.1, east: 48.6, north: 37.4)
    /// ```
    /// - Throws: `NewsStoreError.invalidArgument` (named "bbox") when a latitude is outside
    ///   -90…90, a longitude outside -180…180, a value is not finite, or south is above north.
    public init(west: Double, south: Double, east: Double, north: Double) throws {
        let value = "\(west),\(south),\(east),\(north)"
        guard [west, south, east, north].allSatisfy(\.isFinite) else {
            throw NewsStoreError.invalidArgument(name: "bbox", value: value, reason: "every edge must be a number")
        }
        guard (-90...90).contains(south), (-90...90).contains(north), south <= north else {
            throw NewsStoreError.invalidArgument(
                name: "bbox", value: value, reason: "give west,south,east,north with -90 ≤ south ≤ north ≤ 90")
        }
        guard (-180...180).contains(west), (-180...180).contains(east) else {
            throw NewsStoreError.invalidArgument(
                name: "bbox", value: value, reason: "longitudes (west, east) must be between -180 and 180")
        }
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// Reads "west,south,east,north" (the order of GeoJSON and of the `bbox` URL parameter).
    /// - Throws: `NewsStoreError.invalidArgument` (named "bbox") for anything else.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count == 4, let west = parts[0], let south = parts[1], let east = parts[2], let north = parts[3]
        else {
            throw NewsStoreError.invalidArgument(
                name: "bbox", value: text, reason: "give four numbers: west,south,east,north (38.8,29.1,48.6,37.4)")
        }
        try self.init(west: west, south: south, east: east, north: north)
    }

    /// True when the box crosses the antimeridian.
    public var crossesAntimeridian: Bool { west > east }

    /// Whether a point lies in the box (edges included).
    public func contains(latitude: Double, longitude: Double) -> Bool {
        guard (south...north).contains(latitude) else { return false }
        return crossesAntimeridian ? longitude >= west || longitude <= east : (west...east).contains(longitude)
    }
}
