extension GazetteerIndex {
    /// The index of the places in a database (the places its articles mention, places known by
    /// name, gazetteers the user imported) over the `shipped` places, with the shipped regions
    /// and common words. The database's countries override the shipped ones.
    /// - Throws: `SQLiteError`, or `NewsStoreError` when the shipped files are missing.
    static func load(from db: Connection, shipped: GazetteerImage?) throws -> GazetteerIndex {
        var builder = GazetteerIndexBuilder()
        var namesByPlace: [Int: [String]] = [:]
        _ = try db.query("SELECT place_id, name_key FROM place_name") { row in
            namesByPlace[try row.int("place_id"), default: []].append(try row.text("name_key"))
        }
        let placeCount = try db.queryFirst("SELECT count(*) AS places FROM place") { try $0.int("places") } ?? 0
        // Every place has a key, and many share theirs: a lower bound from which the tables
        // grow, as reserving for every name row would double them (names repeat across places).
        builder.reserveCapacity(entries: placeCount, keys: placeCount)
        _ = try db.query(
            """
            SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin
            FROM place ORDER BY id
            """
        ) { row in
            let place = try SQLiteStorage.place(from: row)
            let entry = GazetteerEntry(
                placeID: place.id, name: place.name, kind: place.kind, countryCode: place.countryCode,
                admin1: place.admin1, latitude: place.latitude, longitude: place.longitude,
                population: place.population, geonamesID: place.geonamesID, origin: place.origin)
            builder.add(entry, keys: [try row.text("name_key")] + (namesByPlace[place.id] ?? []))
        }
        let countries = try db.query(
            "SELECT code, iso3, name, capital, continent, population, neighbours, demonyms FROM country"
        ) { row in
            CountryRecord(
                // Codes and lists the file did not give are NULL in the table and empty in a record.
                code: try row.text("code"), iso3: try row.optionalText("iso3") ?? "", name: try row.text("name"),
                capital: try row.optionalText("capital") ?? "", continent: try row.optionalText("continent") ?? "",
                population: try row.optionalInt("population"),
                neighbours: CountryRecord.list(try row.optionalText("neighbours") ?? ""), geonameID: nil,
                demonyms: CountryRecord.list(try row.optionalText("demonyms") ?? ""), aliases: [])
        }
        builder.addCountries(countries, addPlaces: false)
        let stored = Set(countries.map(\.code))
        builder.addCountries(try ShippedGazetteer.countries().filter { !stored.contains($0.code) }, addPlaces: false)
        try builder.addShippedVocabulary()
        return builder.build(shipped: shipped)
    }
}
