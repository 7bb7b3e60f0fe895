import Foundation

extension NewsStore {
    /// Places the articles mention, most mentioned first; or the places near another place,
    /// nearest first.
    ///
    /// ```swift
    /// let nearMosul = try store.places(PlaceFilter(near: "Mosul", withinKm: 50))
    /// ```
    /// - Throws: `NewsStoreError.placeNotFound` for an unknown `near` place or country,
    ///   `.invalidArgument` for a distance that is not positive; `SQLiteError`.
    public func places(_ filter: PlaceFilter) throws -> [PlaceCount] {
        let country = try filter.country.map(countryCode(for:))
        var box: (minLat: Double?, maxLat: Double?, minLon: Double?, maxLon: Double?) = (nil, nil, nil, nil)
        var centre: (lat: Double, lon: Double)?
        if let near = filter.near {
            guard filter.withinKm > 0, filter.withinKm <= 20_000 else {
                throw NewsStoreError.invalidArgument(
                    name: "--within", value: filter.withinKm.formatted(),
                    reason: "give a distance between 0 and 20000 km")
            }
            let origin = try coordinates(ofPlaceNamed: near)
            centre = origin
            let bounds = GeoDistance.boundingBox(latitude: origin.lat, longitude: origin.lon, radiusKm: filter.withinKm)
            box = (bounds.minLat, bounds.maxLat, bounds.minLon, bounds.maxLon)
        }
        let rows = try db.query(
            """
            SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.latitude, p.longitude, p.population,
                   p.geonames_id, p.origin, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
            FROM place_mention m JOIN place p ON p.id = m.place_id
            WHERE (?1 IS NULL OR m.article_id = ?1)
              AND (?2 IS NULL OR p.country_code = ?2)
              AND (?3 IS NULL OR p.id IN (SELECT id FROM place_rtree
                   WHERE min_lat >= ?3 AND max_lat <= ?4 AND min_lon >= ?5 AND max_lon <= ?6))
            GROUP BY p.id
            ORDER BY mentions DESC, articles DESC, p.name
            LIMIT ?7 OFFSET ?8
            """,
            [
                filter.articleID, country, box.minLat, box.maxLat, box.minLon, box.maxLon,
                centre == nil ? filter.limit : -1, centre == nil ? filter.offset : 0,
            ]
        ) { row in
            PlaceCount(
                place: Self.place(from: row), mentions: row.int(10) ?? 0, articles: row.int(11) ?? 0, distanceKm: nil)
        }
        guard let centre else { return rows }
        // The R*Tree box is a superset of the circle: keep the exact great-circle distance.
        let near = rows.compactMap { count -> PlaceCount? in
            guard let lat = count.place.latitude, let lon = count.place.longitude else { return nil }
            var count = count
            count.distanceKm = GeoDistance.kilometres(centre.lat, centre.lon, lat, lon)
            return (count.distanceKm ?? .infinity) <= filter.withinKm ? count : nil
        }
        .sorted { ($0.distanceKm ?? 0, $0.place.name) < ($1.distanceKm ?? 0, $1.place.name) }
        return Array(near.dropFirst(filter.offset).prefix(filter.limit))
    }

    static func place(from row: Row) -> Place {
        Place(
            id: row.int(0) ?? 0, name: row.text(1), kind: PlaceKind(row.text(2)), countryCode: row.string(3),
            admin1: row.string(4),
            latitude: row.double(5), longitude: row.double(6), population: row.int(7), geonamesID: row.int(8),
            origin: row.text(9) == PlaceOrigin.gazetteer.rawValue ? .gazetteer : .text)
    }

    /// The coordinates of a place named by the user: a mentioned place first, then the most
    /// populous gazetteer entry of that name.
    func coordinates(ofPlaceNamed name: String) throws -> (lat: Double, lon: Double) {
        let key = PlaceNameKey.fold(name)
        let found = try db.queryFirst(
            """
            SELECT p.latitude, p.longitude FROM place p
            WHERE p.latitude IS NOT NULL
              AND (p.name_key = ?1 OR p.id IN (SELECT place_id FROM place_name WHERE name_key = ?1))
            ORDER BY EXISTS (SELECT 1 FROM place_mention WHERE place_id = p.id) DESC,
                     p.kind = 'country', coalesce(p.population, 0) DESC
            LIMIT 1
            """, [key]
        ) { row in (lat: row.double(0) ?? 0, lon: row.double(1) ?? 0) }
        guard let found else { throw NewsStoreError.placeNotFound(name: name) }
        return found
    }

    /// An ISO alpha-2 code from a code or a country name.
    func countryCode(for text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let code = try db.queryFirst(
            "SELECT code FROM country WHERE code = upper(?1) OR iso3 = upper(?1) OR lower(name) = lower(?1)", [trimmed]
        ) { $0.text(0) }
        if let code { return code }
        if trimmed.count == 2, trimmed.allSatisfy(\.isLetter) { return trimmed.uppercased() }
        throw NewsStoreError.invalidArgument(
            name: "--country", value: text, reason: "not a country name or ISO code (try IQ or Iraq)")
    }
}
