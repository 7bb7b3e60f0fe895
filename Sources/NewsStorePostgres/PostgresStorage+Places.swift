#if PostgreSQL
    import Foundation
    import NewsStore

    extension PostgresStorage {
        package func places(_ filter: PlaceFilter) throws -> [PlaceCount] {
            var filters = PostgresFilters()
            if let articleID = filter.articleID { filters.add("m.article_id = ?", articleID) }
            if let country = filter.country { filters.add("p.country_code = ?", try countryCode(for: country)) }
            if filter.resolvedOnly { filters.add("p.origin = 'gazetteer'") }
            if let box = filter.bbox {
                if box.crossesAntimeridian {
                    filters.add(
                        "p.latitude BETWEEN ? AND ? AND (p.longitude >= ? OR p.longitude <= ?)", box.south, box.north,
                        box.west, box.east)
                } else {
                    filters.add(
                        "p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?", box.south, box.north, box.west,
                        box.east)
                }
            }
            var centre: (lat: Double, lon: Double)?
            if let near = filter.near {
                guard filter.withinKm > 0, filter.withinKm <= 20_000 else {
                    throw NewsStoreError.invalidArgument(
                        name: "distance", value: filter.withinKm.formatted() + " km",
                        reason: "give a distance between 0 and 20000 km")
                }
                let origin = try coordinates(ofPlaceNamed: near)
                centre = origin
                // earth_box on the GiST index: a cube around the circle, measured on earthdistance's
                // sphere (earth() metres); the radius is scaled to it from newsq's and widened by 1 %
                // so the box holds every point newsq's own distance puts inside.
                filters.add(
                    """
                    earth_box(ll_to_earth(?, ?), ? * earth() / ?) @> ll_to_earth(p.latitude, p.longitude)
                    AND p.latitude IS NOT NULL
                    """, origin.lat, origin.lon, filter.withinKm * 1_010, StorageEngineSupport.earthRadiusKm * 1_000)
            }
            let paged = centre == nil
            let limit = filters.placeholder(paged ? filter.limit : Int(Int32.max))
            let offset = filters.placeholder(paged ? filter.offset : 0)
            let rows = try session.query(
                """
                SELECT p.id, p.name, p.kind, p.country_code, p.admin1, p.latitude, p.longitude, p.population,
                       p.geonames_id, p.origin, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
                FROM place_mention m JOIN place p ON p.id = m.place_id
                WHERE \(filters.sql)
                GROUP BY p.id
                ORDER BY mentions DESC, articles DESC, p.name COLLATE "C"
                LIMIT \(limit) OFFSET \(offset)
                """, filters.values
            ) { row in
                PlaceCount(
                    place: try Self.place(from: row), mentions: try row.int("mentions"),
                    articles: try row.int("articles"))
            }
            guard let centre else { return rows }
            // The box is a superset of the circle: keep newsq's exact great-circle distance.
            let near = rows.compactMap { count -> PlaceCount? in
                guard let lat = count.place.latitude, let lon = count.place.longitude else { return nil }
                var count = count
                let distance = StorageEngineSupport.kilometres(centre.lat, centre.lon, lat, lon)
                count.distanceKm = distance
                return distance <= filter.withinKm ? count : nil
            }
            .sorted { ($0.distanceKm ?? 0, $0.place.name) < ($1.distanceKm ?? 0, $1.place.name) }
            return Array(near.dropFirst(filter.offset).prefix(filter.limit))
        }

        /// A `place` row.
        static func place(from row: StoredRow) throws -> Place {
            guard let origin = PlaceOrigin(rawValue: try row.text("origin")) else {
                throw PostgresStoreError(sqlState: nil, message: "place.origin is neither gazetteer nor text", sql: "")
            }
            return Place(
                id: try row.int("id"), name: try row.text("name"), kind: PlaceKind(try row.text("kind")),
                countryCode: try row.optionalText("country_code"), admin1: try row.optionalText("admin1"),
                latitude: try row.optionalDouble("latitude"), longitude: try row.optionalDouble("longitude"),
                population: try row.optionalInt("population"), geonamesID: try row.optionalInt("geonames_id"),
                origin: origin)
        }

        /// The coordinates of a place named by the user: a mentioned place first, then the most
        /// populous stored entry of that name, then the most populous one of the gazetteer.
        func coordinates(ofPlaceNamed name: String) throws -> (lat: Double, lon: Double) {
            let key = PlaceNameKey.fold(name)
            let found = try session.queryFirst(
                """
                SELECT p.latitude, p.longitude FROM place p
                WHERE p.latitude IS NOT NULL
                  AND (p.name_key = $1 OR p.id IN (SELECT place_id FROM place_name WHERE name_key = $1))
                ORDER BY EXISTS (SELECT 1 FROM place_mention WHERE place_id = p.id) DESC,
                         p.kind = 'country', coalesce(p.population, 0) DESC
                LIMIT 1
                """, [key]
            ) { row in (lat: try row.double("latitude"), lon: try row.double("longitude")) }
            if let found { return found }
            guard let point = StorageEngineSupport.gazetteerPoint(forKey: key, in: try gazetteerIndex()) else {
                throw NewsStoreError.placeNotFound(name: name)
            }
            return point
        }

        /// An ISO alpha-2 code from a code or a country name.
        func countryCode(for text: String) throws -> String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let code = try session.queryFirst(
                "SELECT code FROM country WHERE code = upper($1) OR iso3 = upper($1) OR lower(name) = lower($1)",
                [trimmed]
            ) { try $0.text("code") }
            if let code { return code }
            if trimmed.count == 2, trimmed.allSatisfy(\.isLetter) { return trimmed.uppercased() }
            throw NewsStoreError.invalidArgument(
                name: "country", value: text, reason: "not a country name or ISO code (try IQ or Iraq)")
        }
    }
#endif
