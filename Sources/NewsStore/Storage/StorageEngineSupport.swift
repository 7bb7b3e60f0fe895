/// What a storage engine outside this module (NewsStorePostgres) needs from the library to build
/// the values the facade returns and to share the engine-free parts: constructors of result
/// values whose memberwise initializers are internal, and the gazetteer built from stored rows.
/// Everything here is `package`: no program using NewsStore sees it.
package enum StorageEngineSupport {
    /// Counts of what a store holds.
    package static func statistics(
        articles: Int, authors: Int, places: Int, mentionedPlaces: Int, events: Int, savedQueries: Int
    ) -> Statistics {
        Statistics(
            articles: articles, authors: authors, places: places, mentionedPlaces: mentionedPlaces, events: events,
            savedQueries: savedQueries)
    }

    /// One search hit.
    package static func searchHit(article: ArticleSummary, score: Double, snippet: String) -> SearchHit {
        SearchHit(article: article, score: score, snippet: snippet)
    }

    /// A page of hits; `expression` is what ran, in the engine's own syntax.
    package static func searchResult(hits: [SearchHit], total: Int, expression: String, notes: [String])
        -> SearchResult
    {
        SearchResult(hits: hits, total: total, expression: expression, notes: notes)
    }

    /// A stored article (authors read apart).
    package static func article(
        id: Int, url: String?, title: String, highlights: [String], body: String, captions: [String],
        publishedAt: PublishedTime?, publishedTimeZone: String?, updatedAt: PublishedTime?, updatedTimeZone: String?,
        source: String?, section: String?, language: String?, contentHash: String, importedFrom: String,
        importedAt: String, authors: [Byline]
    ) -> Article {
        Article(
            id: id, url: url, title: title, highlights: highlights, body: body, captions: captions,
            publishedAt: publishedAt, publishedTimeZone: publishedTimeZone, updatedAt: updatedAt,
            updatedTimeZone: updatedTimeZone, source: source, section: section, language: language,
            contentHash: contentHash, importedFrom: importedFrom, importedAt: importedAt, authors: authors)
    }

    /// An article with its places and events.
    package static func articleDetail(article: Article, places: [PlaceCount], events: [Event]) -> ArticleDetail {
        ArticleDetail(article: article, places: places, events: events)
    }

    /// Whether one migration ran.
    package static func migrationStatus(version: Int, name: String, appliedAt: String?) -> MigrationStatus {
        MigrationStatus(version: version, name: name, appliedAt: appliedAt)
    }

    /// The migrations of Migrations/postgresql/ compiled into this binary, in version order: their
    /// numbers, names and SQL.
    package static var postgreSQLMigrations: [(version: Int, name: String, sql: String)] {
        EmbeddedFile.postgreSQLMigrations
            .compactMap { Migration(fileName: $0.name, sql: $0.text) }
            .sorted { $0.version < $1.version }
            .map { ($0.version, $0.name, $0.sql) }
    }

    /// Day counts ('YYYY-MM-DD' → articles) of the matches and of all articles gathered into
    /// periods, every period from the first to the last present, as `trend` returns them.
    package static func trendPoints(matches: [String: Int], totals: [String: Int], by period: TrendPeriod)
        -> [TrendPoint]
    {
        SQLiteStorage.points(matches, totals, by: period)
    }

    /// Now as newsq stores instants ('2016-10-17T17:01:00Z').
    package static func timestamp() -> String { Timestamp.now() }

    /// A person's name as the `author.name_key` lookup key.
    package static func authorKey(_ name: String) -> String { NameKey.fold(name) }

    /// Great-circle kilometres, as newsq measures `--near`.
    package static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        GeoDistance.kilometres(lat1, lon1, lat2, lon2)
    }

    /// The Earth's radius newsq's distances use, in kilometres.
    package static var earthRadiusKm: Double { GeoDistance.earthRadiusKm }

    // MARK: Gazetteer

    /// The shipped countries as `country` rows (lists comma-separated, empty text as nil).
    /// - Throws: `NewsStoreError` when the compiled-in file is broken.
    package static func shippedCountryRows() throws -> [StoredCountry] {
        try ShippedGazetteer.countries().map { country in
            StoredCountry(
                code: country.code, iso3: country.iso3.isEmpty ? nil : country.iso3, name: country.name,
                capital: country.capital.isEmpty ? nil : country.capital,
                continent: country.continent.isEmpty ? nil : country.continent, population: country.population,
                neighbours: country.neighbours.isEmpty ? nil : country.neighbours.joined(separator: ","),
                demonyms: country.demonyms.isEmpty ? nil : country.demonyms.joined(separator: ","))
        }
    }

    /// How many places the shipped gazetteer knows.
    /// - Throws: `NewsStoreError` when the compiled-in image is broken.
    package static func shippedPlaceCount() throws -> Int { try GazetteerImageCache.shipped.get().count }

    /// Every name the shipped gazetteer gives the place with this GeoNames id ("Al Mawsil" for Mosul).
    package static func shippedNames(geonamesID: Int) -> [String] {
        guard let shipped = try? GazetteerImageCache.shipped.get(),
            let position = shipped.position(geonamesID: geonamesID)
        else { return [] }
        return shipped.names(at: position)
    }

    /// The point of the place a folded name means in the gazetteer when no stored place has it:
    /// its most populous entry with coordinates, a country only when nothing else has the name.
    package static func gazetteerPoint(forKey key: String, in index: GazetteerIndex) -> (lat: Double, lon: Double)? {
        let best = index.candidates(forKey: key).filter { $0.latitude != nil }.max { left, right in
            (left.kind == .country ? 0 : 1, left.population ?? 0) < (
                right.kind == .country ? 0 : 1, right.population ?? 0
            )
        }
        guard let best, let lat = best.latitude, let lon = best.longitude else { return nil }
        return (lat, lon)
    }

    /// Whether the shipped gazetteer has the place with this GeoNames id (a removed article's
    /// place it can bring back, so the store need not keep it).
    package static func isShippedPlace(geonamesID: Int) -> Bool {
        guard let shipped = try? GazetteerImageCache.shipped.get() else { return false }
        return shipped.position(geonamesID: geonamesID) != nil
    }

    /// The index place extraction matches against: the stored places (each with its folded
    /// name keys) and countries over the shipped gazetteer, as `GazetteerIndex.load(from:)`
    /// builds it on SQLite.
    /// - Throws: `NewsStoreError` when the compiled-in files are broken.
    package static func gazetteerIndex(places: [(place: Place, keys: [String])], countries: [StoredCountry]) throws
        -> GazetteerIndex
    {
        var builder = GazetteerIndexBuilder()
        builder.reserveCapacity(entries: places.count, keys: places.count)
        for (place, keys) in places {
            let entry = GazetteerEntry(
                placeID: place.id, name: place.name, kind: place.kind, countryCode: place.countryCode,
                admin1: place.admin1, latitude: place.latitude, longitude: place.longitude,
                population: place.population, geonamesID: place.geonamesID, origin: place.origin)
            builder.add(entry, keys: keys)
        }
        let records = countries.map { row in
            CountryRecord(
                code: row.code, iso3: row.iso3 ?? "", name: row.name, capital: row.capital ?? "",
                continent: row.continent ?? "", population: row.population,
                neighbours: CountryRecord.list(row.neighbours ?? ""), geonameID: nil,
                demonyms: CountryRecord.list(row.demonyms ?? ""), aliases: [])
        }
        builder.addCountries(records, addPlaces: false)
        let stored = Set(records.map(\.code))
        builder.addCountries(try ShippedGazetteer.countries().filter { !stored.contains($0.code) }, addPlaces: false)
        try builder.addShippedVocabulary()
        return builder.build(shipped: try GazetteerImageCache.shipped.get())
    }
}

/// One row of the `country` table, as every engine stores it.
package struct StoredCountry: Sendable, Hashable {
    package var code: String
    package var iso3: String?
    package var name: String
    package var capital: String?
    package var continent: String?
    package var population: Int?
    package var neighbours: String?
    package var demonyms: String?

    package init(
        code: String, iso3: String?, name: String, capital: String?, continent: String?, population: Int?,
        neighbours: String?, demonyms: String?
    ) {
        self.code = code
        self.iso3 = iso3
        self.name = name
        self.capital = capital
        self.continent = continent
        self.population = population
        self.neighbours = neighbours
        self.demonyms = demonyms
    }
}
