import Foundation

extension SQLiteStorage {
    /// The ids of the places a folded name (bound twice) names: by their own name or any name an
    /// article or the gazetteer gave them. Both look-ups are index searches.
    static let placesNamed =
        "SELECT id FROM place WHERE name_key = ? UNION SELECT place_id FROM place_name WHERE name_key = ?"

    func places(_ filter: PlaceFilter) throws -> [PlaceCount] {
        let country = try filter.country.map(countryCode(for:))
        var filters = Self.placeFilters(articleID: filter.articleID, countryCode: country)
        if filter.resolvedOnly { filters.add("p.origin = 'gazetteer'") }
        if let bbox = filter.bbox { Self.addBoundingBox(bbox, to: &filters) }
        var centre: (lat: Double, lon: Double)?
        if let near = filter.near {
            guard filter.withinKm > 0, filter.withinKm <= 20_000 else {
                throw NewsStoreError.invalidArgument(
                    name: "distance", value: filter.withinKm.formatted() + " km",
                    reason: "give a distance between 0 and 20000 km")
            }
            let origin = try coordinates(ofPlaceNamed: near)
            centre = origin
            let bounds = GeoDistance.boundingBox(latitude: origin.lat, longitude: origin.lon, radiusKm: filter.withinKm)
            filters.add(
                """
                p.id IN (SELECT id FROM place_rtree
                         WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)
                """, bounds.minLat, bounds.maxLat, bounds.minLon, bounds.maxLon)
        }
        let statement = Self.placesStatement(
            filters, limit: centre == nil ? filter.limit : -1, offset: centre == nil ? filter.offset : 0)
        let rows = try db.query(statement.sql, statement.values) { row in
            PlaceCount(
                place: try Self.place(from: row), mentions: try row.int("mentions"), articles: try row.int("articles"),
                distanceKm: nil)
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

    /// Only places inside the box, found through the R*Tree (places are points: min = max). A box
    /// across the antimeridian is two R*Tree searches, east of `west` and west of `east`.
    static func addBoundingBox(_ box: BoundingBox, to filters: inout WhereClause) {
        let inside = "SELECT id FROM place_rtree WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?"
        if box.crossesAntimeridian {
            filters.add(
                "p.id IN (\(inside) UNION ALL \(inside))", box.south, box.north, box.west, 180.0, box.south,
                box.north, -180.0, box.east)
        } else {
            filters.add("p.id IN (\(inside))", box.south, box.north, box.west, box.east)
        }
    }

    /// Only the filters that are set: `places --article N` reads that article's mentions through
    /// place_mention_article instead of every mention of every place.
    static func placeFilters(articleID: Int?, countryCode: String?) -> WhereClause {
        var filters = WhereClause()
        if let articleID { filters.add("m.article_id = ?", articleID) }
        if let countryCode { filters.add("p.country_code = ?", countryCode) }
        return filters
    }

    /// The places statement for the filters that are set, apart so its query plan can be checked.
    static func placesStatement(
        _ filters: WhereClause, limit: Int, offset: Int
    ) -> (sql: String, values: [any SQLiteBindable]) {
        let sql = """
            SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.latitude, p.longitude, p.population,
                   p.geonames_id, p.origin, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
            FROM place_mention m JOIN place p ON p.id = m.place_id
            WHERE \(filters.sql)
            GROUP BY p.id
            ORDER BY mentions DESC, articles DESC, p.name
            LIMIT ? OFFSET ?
            """
        return (sql, filters.values + [limit, offset])
    }

    /// A `place` row: `id`, `name`, `kind`, `country_code`, `admin1`, `latitude`, `longitude`,
    /// `population`, `geonames_id` and `origin`.
    static func place(from row: Row) throws -> Place {
        Place(
            id: try row.int("id"), name: try row.text("name"), kind: PlaceKind(try row.text("kind")),
            countryCode: try row.optionalText("country_code"), admin1: try row.optionalText("admin1"),
            latitude: try row.optionalDouble("latitude"), longitude: try row.optionalDouble("longitude"),
            population: try row.optionalInt("population"), geonamesID: try row.optionalInt("geonames_id"),
            origin: try origin(row))
    }

    /// `place.origin`: 'gazetteer' or 'text'.
    /// - Throws: `StoredValueError` for anything else.
    private static func origin(_ row: Row) throws -> PlaceOrigin {
        guard let origin = PlaceOrigin(rawValue: try row.text("origin")) else {
            throw StoredValueError(table: "place", column: "origin", expected: "gazetteer or text")
        }
        return origin
    }

    /// The coordinates of a place named by the user: a mentioned place first, then the most
    /// populous stored entry of that name, then the most populous one of the gazetteer.
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
        ) { row in (lat: try row.double("latitude"), lon: try row.double("longitude")) }
        if let found { return found }
        // A place no article mentions lives only in the gazetteer: its most populous entry.
        let entries = try gazetteerIndex().candidates(forKey: key)
        let best = entries.filter { $0.latitude != nil }.max { left, right in
            (left.kind == .country ? 0 : 1, left.population ?? 0) < (
                right.kind == .country ? 0 : 1, right.population ?? 0
            )
        }
        guard let best, let lat = best.latitude, let lon = best.longitude else {
            throw NewsStoreError.placeNotFound(name: name)
        }
        return (lat, lon)
    }

    /// An ISO alpha-2 code from a code or a country name.
    func countryCode(for text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let code = try db.queryFirst(
            "SELECT code FROM country WHERE code = upper(?1) OR iso3 = upper(?1) OR lower(name) = lower(?1)", [trimmed]
        ) { try $0.text("code") }
        if let code { return code }
        if trimmed.count == 2, trimmed.allSatisfy(\.isLetter) { return trimmed.uppercased() }
        throw NewsStoreError.invalidArgument(
            name: "country", value: text, reason: "not a country name or ISO code (try IQ or Iraq)")
    }
}
