import Foundation

/// One place the gazetteer index knows: a GeoNames row, a country, or (from a database) a place
/// known by name only.
struct GazetteerEntry: Sendable, Hashable {
    /// The `place.id` when the index was loaded from a database.
    var placeID: Int?
    var name: String
    var kind: PlaceKind
    var countryCode: String?
    var admin1: String?
    var latitude: Double?
    var longitude: Double?
    var population: Int?
    var geonamesID: Int?
    /// `.text` for a place an article named that no gazetteer had.
    var origin: PlaceOrigin = .gazetteer

    /// Great-circle distance in kilometres, or nil when either side has no coordinates.
    func distance(to other: GazetteerEntry) -> Double? {
        guard let lat1 = latitude, let lon1 = longitude, let lat2 = other.latitude, let lon2 = other.longitude else {
            return nil
        }
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 6_371 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}

extension GazetteerEntry {
    /// The entry of a GeoNames row (empty country and admin1 columns become nil).
    init(_ record: GeoNamesRecord) {
        self.init(
            name: record.name, kind: record.kind, countryCode: record.countryCode.isEmpty ? nil : record.countryCode,
            admin1: record.admin1.isEmpty ? nil : record.admin1, latitude: record.latitude,
            longitude: record.longitude, population: record.population, geonamesID: record.geonameID)
    }
}
