/// The row-level upserts behind `GazetteerLoader`, with cached statements; used inside one
/// transaction.
struct GazetteerWriter {
    let db: Connection
    private(set) var counts = GazetteerLoadCounts()
    /// Folded names of places known only from articles, so a fresh gazetteer row costs no lookup
    /// for them (there are few, and most imports meet none).
    private var textPlaceKeys: Set<String>

    init(db: Connection) throws {
        self.db = db
        textPlaceKeys = Set(
            try db.query("SELECT name_key FROM place WHERE origin = ?", [PlaceOrigin.text.rawValue]) {
                try $0.text("name_key")
            }
                + db.query(
                    "SELECT pn.name_key FROM place_name pn JOIN place p ON p.id = pn.place_id WHERE p.origin = ?",
                    [PlaceOrigin.text.rawValue]
                ) { try $0.text("name_key") })
    }

    /// The stored fields of one place, to tell an update from an unchanged row.
    private struct Stored: Equatable {
        var name: String
        var kind: PlaceKind
        var countryCode: String?
        var admin1: String?
        var latitude: Double?
        var longitude: Double?
        var population: Int?
    }

    mutating func upsert(_ record: GeoNamesRecord) throws {
        let fields = Stored(
            name: record.name, kind: record.kind, countryCode: record.countryCode.isEmpty ? nil : record.countryCode,
            admin1: record.admin1.isEmpty ? nil : record.admin1, latitude: record.latitude, longitude: record.longitude,
            population: record.population)
        try upsert(geonameID: record.geonameID, fields: fields, names: record.allNames)
    }

    /// Adds or updates a country, and its place too unless `asPlace` is false.
    mutating func upsert(_ country: CountryRecord, asPlace: Bool = true) throws {
        let existing = try db.queryFirst(
            "SELECT iso3, name, capital, continent, population, neighbours, demonyms FROM country WHERE code = ?",
            [country.code]
        ) { row in
            [
                try row.optionalText("iso3"), try row.optionalText("name"), try row.optionalText("capital"),
                try row.optionalText("continent"), try row.optionalInt("population").map(String.init),
                try row.optionalText("neighbours"), try row.optionalText("demonyms"),
            ]
        }
        let wanted: [String?] = [
            country.iso3, country.name, country.capital, country.continent, country.population.map(String.init),
            country.neighbours.joined(separator: ","), country.demonyms.joined(separator: ","),
        ].map { $0?.isEmpty == true ? nil : $0 }
        var countryChanged = false
        if existing != wanted {
            countryChanged = true
            try db.run(
                """
                INSERT INTO country (code, iso3, name, capital, continent, population, neighbours, demonyms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET iso3 = excluded.iso3, name = excluded.name,
                    capital = excluded.capital, continent = excluded.continent, population = excluded.population,
                    neighbours = excluded.neighbours, demonyms = excluded.demonyms
                """,
                [country.code, wanted[0], wanted[1], wanted[2], wanted[3], country.population, wanted[5], wanted[6]])
        }
        var names: [(key: String, name: String)] = []
        var seen: Set<String> = []
        for name in [country.name] + country.aliases {
            let key = PlaceNameKey.fold(name)
            if !key.isEmpty, seen.insert(key).inserted { names.append((key, name)) }
        }
        let fields = Stored(
            name: country.name, kind: .country, countryCode: country.code, admin1: nil, latitude: country.latitude,
            longitude: country.longitude, population: country.population)
        let before = counts
        if asPlace, let geonameID = country.geonameID {
            try upsert(geonameID: geonameID, fields: fields, names: names)
        } else {
            counts.unchanged += 1
        }
        // A country row that changed while its place did not still counts as one update.
        if countryChanged && counts.updated == before.updated && counts.added == before.added {
            counts.unchanged -= 1
            counts.updated += 1
        }
    }

    private mutating func upsert(geonameID: Int, fields: Stored, names: [(key: String, name: String)]) throws {
        let existing = try db.queryFirst(
            "SELECT id, name, kind, country_code, admin1, latitude, longitude, population FROM place WHERE geonames_id = ?",
            [geonameID]
        ) { row in
            (
                try row.int("id"),
                Stored(
                    name: try row.text("name"), kind: PlaceKind(try row.text("kind")),
                    countryCode: try row.optionalText("country_code"), admin1: try row.optionalText("admin1"),
                    latitude: try row.optionalDouble("latitude"), longitude: try row.optionalDouble("longitude"),
                    population: try row.optionalInt("population"))
            )
        }
        if let (id, stored) = existing {
            let storedKeys = Set(
                try db.query("SELECT name_key FROM place_name WHERE place_id = ?", [id]) { try $0.text("name_key") })
            // Names are only ever added: articles add their own spellings (Qayyara for
            // Al Qayyārah), and a gazetteer update must not take those away.
            if stored == fields && Set(names.map(\.key)).isSubset(of: storedKeys) {
                counts.unchanged += 1
                return
            }
            try update(id: id, geonameID: geonameID, fields: fields)
            try insertNames(names, placeID: id)
            counts.updated += 1
            return
        }
        if let id = try textPlace(matching: names, countryCode: fields.countryCode) {
            try update(id: id, geonameID: geonameID, fields: fields)
            try insertNames(names, placeID: id)
            counts.updated += 1
            return
        }
        try insert(geonameID: geonameID, fields: fields, names: names)
    }

    private mutating func insert(geonameID: Int, fields: Stored, names: [(key: String, name: String)]) throws {
        try db.run(
            """
            INSERT INTO place (name, kind, country_code, admin1, latitude, longitude, population, geonames_id,
                               name_key, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                fields.name, fields.kind.rawValue, fields.countryCode, fields.admin1, fields.latitude, fields.longitude,
                fields.population, geonameID, PlaceNameKey.fold(fields.name), PlaceOrigin.gazetteer.rawValue,
            ])
        try insertNames(names, placeID: db.lastInsertRowID)
        counts.added += 1
    }

    private func update(id: Int, geonameID: Int, fields: Stored) throws {
        try db.run(
            """
            UPDATE place SET name = ?, kind = ?, country_code = ?, admin1 = ?, latitude = ?, longitude = ?,
                population = ?, geonames_id = ?, name_key = ?, origin = ?
            WHERE id = ?
            """,
            [
                fields.name, fields.kind.rawValue, fields.countryCode, fields.admin1, fields.latitude, fields.longitude,
                fields.population, geonameID, PlaceNameKey.fold(fields.name), PlaceOrigin.gazetteer.rawValue, id,
            ])
    }

    private func insertNames(_ names: [(key: String, name: String)], placeID: Int) throws {
        for entry in names {
            try db.run(
                "INSERT OR IGNORE INTO place_name (place_id, name_key, name) VALUES (?, ?, ?)",
                [placeID, entry.key, entry.name])
        }
    }

    /// A place known by name only with one of these folded names, in the same country when it
    /// has one; it is taken out of the pending set once filled.
    private mutating func textPlace(matching names: [(key: String, name: String)], countryCode: String?) throws -> Int?
    {
        guard !textPlaceKeys.isEmpty else { return nil }
        for entry in names where textPlaceKeys.contains(entry.key) {
            let id = try db.queryFirst(
                """
                SELECT p.id FROM place p
                WHERE p.origin = ? AND (p.country_code IS NULL OR p.country_code IS ?)
                  AND (p.name_key = ? OR EXISTS (SELECT 1 FROM place_name pn WHERE pn.place_id = p.id AND pn.name_key = ?))
                ORDER BY p.id LIMIT 1
                """,
                [PlaceOrigin.text.rawValue, countryCode, entry.key, entry.key]
            ) { try $0.int("id") }
            if let id {
                return id
            }
        }
        return nil
    }
}
