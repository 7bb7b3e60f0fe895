import Foundation

/// Writes gazetteer entries into the `place`, `place_name` and `country` tables of a migrated
/// database. Idempotent: rows are matched by GeoNames id (countries by ISO code), so a second
/// import of the same file adds nothing and reports every row unchanged. A place that articles
/// named but the gazetteer lacked (origin 'text') is filled in — coordinates, GeoNames id,
/// population — when a later import brings an entry with the same folded name (and the same
/// country when the place has one).
///
/// ```swift
/// let counts = try GazetteerLoader(db: db).loadFile(at: "cities500.txt")
/// print(counts.added, counts.updated, counts.unchanged)
/// ```
struct GazetteerLoader {
    let db: Connection

    /// Imports a plain-text GeoNames dump (cities500.txt, allCountries.txt, the compact file) in
    /// one transaction.
    /// - Throws: `NewsStoreError.unreadableInput` (missing or gzipped file),
    ///   `NewsStoreError.invalidGazetteer` for the first bad line (nothing is written), `SQLiteError`.
    func loadFile(at path: String) throws -> GazetteerLoadCounts {
        let data = try GeoNamesParser.readPlainText(path)
        return try inTransaction { writer in
            try GeoNamesParser(path: path).parse(data) { try writer.upsert($0) }
        }
    }

    /// Imports records in one transaction.
    /// - Throws: `SQLiteError`.
    func load(_ records: [GeoNamesRecord]) throws -> GazetteerLoadCounts {
        try inTransaction { writer in
            for record in records { try writer.upsert(record) }
        }
    }

    /// Imports countries into `country`, and as places of kind "country" without coordinates.
    /// - Throws: `SQLiteError`.
    func load(countries: [CountryRecord]) throws -> GazetteerLoadCounts {
        try inTransaction { writer in
            for country in countries { try writer.upsert(country) }
        }
    }

    /// Stores the countries compiled into the binary (SampleData/gazetteer/countries.tsv) in
    /// `country`, for `--country` and SQL; their places, like every shipped place, come from the
    /// gazetteer image and are stored when an article mentions them.
    /// - Throws: `NewsStoreError` when the binary lacks the file, `SQLiteError`.
    @discardableResult
    static func loadShippedCountries(into db: Connection) throws -> GazetteerLoadCounts {
        let countries = try ShippedGazetteer.countries()
        return try GazetteerLoader(db: db).inTransaction { writer in
            for country in countries { try writer.upsert(country, asPlace: false) }
        }
    }

    /// Runs `body` in a transaction (a savepoint when the caller already holds one).
    func inTransaction(_ body: (inout GazetteerWriter) throws -> Void) throws -> GazetteerLoadCounts {
        let work = {
            var writer = try GazetteerWriter(db: db)
            try body(&writer)
            return writer.counts
        }
        return db.isAutocommit ? try db.transaction(.immediate, work) : try db.savepoint("gazetteer", work)
    }
}
