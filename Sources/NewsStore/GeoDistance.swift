import Foundation

/// Great-circle distances on a spherical Earth, and the latitude/longitude box around a circle
/// that the R*Tree can search before the exact distance is checked.
enum GeoDistance {
    static let earthRadiusKm = 6_371.0088

    /// Haversine distance in kilometres.
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let dLat = (lat2 - lat1) * .pi / 180
        let dLon = (lon2 - lon1) * .pi / 180
        let a =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(lat1 * .pi / 180) * cos(lat2 * .pi / 180) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(a)))
    }

    /// A box that contains every point within `radiusKm`; near the poles or the antimeridian
    /// it widens to the full longitude range rather than miss anything.
    static func boundingBox(latitude: Double, longitude: Double, radiusKm: Double)
        -> (minLat: Double, maxLat: Double, minLon: Double, maxLon: Double)
    {
        let dLat = radiusKm / earthRadiusKm * 180 / .pi
        let minLat = max(-90, latitude - dLat)
        let maxLat = min(90, latitude + dLat)
        let cosLat = cos(max(abs(minLat), abs(maxLat)) * .pi / 180)
        guard cosLat > 1e-6 else { return (minLat, maxLat, -180, 180) }
        let dLon = dLat / cosLat
        guard longitude - dLon >= -180, longitude + dLon <= 180 else { return (minLat, maxLat, -180, 180) }
        return (minLat, maxLat, longitude - dLon, longitude + dLon)
    }
}
