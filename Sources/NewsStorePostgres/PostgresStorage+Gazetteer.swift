#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        package func gazetteerIndex() throws -> GazetteerIndex {
            if let cachedGazetteer { return cachedGazetteer }
            try prepareGazetteer()
            var names: [Int: [String]] = [:]
            for row in try session.query(
                "SELECT place_id, name_key FROM place_name", [],
                {
                    (id: try $0.int("place_id"), key: try $0.text("name_key"))
                })
            {
                names[row.id, default: []].append(row.key)
            }
            let places = try session.query(
                """
                SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin
                FROM place ORDER BY id
                """
            ) { row in
                let place = try Self.place(from: row)
                return (place: place, keys: [try row.text("name_key")] + (names[place.id] ?? []))
            }
            let countries = try session.query(
                "SELECT code, iso3, name, capital, continent, population, neighbours, demonyms FROM country"
            ) { row in
                StoredCountry(
                    code: try row.text("code"), iso3: try row.optionalText("iso3"), name: try row.text("name"),
                    capital: try row.optionalText("capital"), continent: try row.optionalText("continent"),
                    population: try row.optionalInt("population"), neighbours: try row.optionalText("neighbours"),
                    demonyms: try row.optionalText("demonyms"))
            }
            let index = try StorageEngineSupport.gazetteerIndex(places: places, countries: countries)
            cachedGazetteer = index
            return index
        }

        /// Stores the shipped countries when the store has none (a read-only store reads on
        /// without them: the index adds them from the shipped files anyway).
        @discardableResult
        package func prepareGazetteer() throws -> Int {
            let empty = try session.queryFirst("SELECT 1 AS found FROM country LIMIT 1") { _ in true } == nil
            if empty && !readOnly {
                try session.transaction {
                    for country in try StorageEngineSupport.shippedCountryRows() {
                        try session.run(
                            """
                            INSERT INTO country(code, iso3, name, capital, continent, population, neighbours, demonyms)
                            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING
                            """,
                            [
                                country.code, country.iso3, country.name, country.capital, country.continent,
                                country.population, country.neighbours, country.demonyms,
                            ])
                    }
                }
                cachedGazetteer = nil
            }
            return try StorageEngineSupport.shippedPlaceCount()
        }
    }
#endif
