extension GazetteerIndex {
    /// The index of the gazetteer compiled into the binary, with no database (`newsq extract`).
    /// - Throws: `NewsStoreError` when the binary lacks the files or they are malformed.
    static func shipped() throws -> GazetteerIndex {
        let index = GazetteerIndex()
        index.addCountries(try ShippedGazetteer.countries(), addPlaces: true)
        index.addRegions(try ShippedGazetteer.regions())
        index.setCommonWords(try ShippedGazetteer.commonWords())
        index.englishWords = try ShippedGazetteer.englishWords()
        let cities = try ShippedGazetteer.file(ShippedGazetteer.citiesFile)
        try GeoNamesParser(path: ShippedGazetteer.citiesFile).parse(cities.bytes) { record in
            index.add(entry(for: record), keys: record.allNames.map(\.key))
        }
        return index
    }

    /// The index of the places in a database (gazetteer rows and places known by name), with the
    /// shipped regions and common words.
    /// - Throws: `SQLiteError`, or `NewsStoreError` when the shipped files are missing.
    static func load(from db: Connection) throws -> GazetteerIndex {
        let index = GazetteerIndex()
        var namesByPlace: [Int: [String]] = [:]
        _ = try db.query("SELECT place_id, name_key FROM place_name") { row in
            namesByPlace[row.int(0) ?? 0, default: []].append(row.text(1))
        }
        _ = try db.query(
            """
            SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin
            FROM place ORDER BY id
            """
        ) { row in
            let id = row.int(0) ?? 0
            let entry = GazetteerEntry(
                placeID: id, name: row.text(1), kind: row.text(2), countryCode: row.string(3), admin1: row.string(4),
                latitude: row.double(5), longitude: row.double(6), population: row.int(7), geonamesID: row.int(8),
                isGazetteer: row.text(10) == "gazetteer")
            index.add(entry, keys: [row.text(9)] + (namesByPlace[id] ?? []))
        }
        let countries = try db.query(
            "SELECT code, iso3, name, capital, continent, population, neighbours, demonyms FROM country"
        ) { row in
            CountryRecord(
                code: row.text(0), iso3: row.text(1), name: row.text(2), capital: row.text(3), continent: row.text(4),
                population: row.int(5), neighbours: CountryRecord.list(row.text(6)), geonameID: nil,
                demonyms: CountryRecord.list(row.text(7)), aliases: [])
        }
        index.addCountries(countries, addPlaces: false)
        index.addRegions(try ShippedGazetteer.regions())
        index.setCommonWords(try ShippedGazetteer.commonWords())
        index.englishWords = try ShippedGazetteer.englishWords()
        return index
    }

    private static func entry(for record: GeoNamesRecord) -> GazetteerEntry {
        GazetteerEntry(
            name: record.name, kind: record.kind, countryCode: record.countryCode.isEmpty ? nil : record.countryCode,
            admin1: record.admin1.isEmpty ? nil : record.admin1, latitude: record.latitude,
            longitude: record.longitude, population: record.population, geonamesID: record.geonameID)
    }
}
