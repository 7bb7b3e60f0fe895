extension GazetteerIndex {
    /// The index of the places in a database (gazetteer rows and places known by name), with the
    /// shipped regions and common words.
    /// - Throws: `SQLiteError`, or `NewsStoreError` when the shipped files are missing.
    static func load(from db: Connection) throws -> GazetteerIndex {
        var builder = GazetteerIndexBuilder()
        var namesByPlace: [Int: [String]] = [:]
        _ = try db.query("SELECT place_id, name_key FROM place_name") { row in
            namesByPlace[row.int(0) ?? 0, default: []].append(row.text(1))
        }
        let placeCount = try db.queryFirst("SELECT count(*) FROM place") { $0.int(0) ?? 0 } ?? 0
        // Every place has a key, and many share theirs: a lower bound from which the tables
        // grow, as reserving for every name row would double them (names repeat across places).
        builder.reserveCapacity(entries: placeCount, keys: placeCount)
        _ = try db.query(
            """
            SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin
            FROM place ORDER BY id
            """
        ) { row in
            let id = row.int(0) ?? 0
            let entry = GazetteerEntry(
                placeID: id, name: row.text(1), kind: PlaceKind(row.text(2)), countryCode: row.string(3),
                admin1: row.string(4), latitude: row.double(5), longitude: row.double(6), population: row.int(7),
                geonamesID: row.int(8), origin: row.text(10) == PlaceOrigin.gazetteer.rawValue ? .gazetteer : .text)
            builder.add(entry, keys: [row.text(9)] + (namesByPlace[id] ?? []))
        }
        let countries = try db.query(
            "SELECT code, iso3, name, capital, continent, population, neighbours, demonyms FROM country"
        ) { row in
            CountryRecord(
                code: row.text(0), iso3: row.text(1), name: row.text(2), capital: row.text(3), continent: row.text(4),
                population: row.int(5), neighbours: CountryRecord.list(row.text(6)), geonameID: nil,
                demonyms: CountryRecord.list(row.text(7)), aliases: [])
        }
        builder.addCountries(countries, addPlaces: false)
        try builder.addShippedVocabulary()
        return builder.build()
    }
}
