import Foundation
import Testing

@testable import NewsStore

@Suite struct GazetteerLoaderTests {
    private func database() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try Migrator().migrate(db)
        return db
    }

    private func record(
        _ id: Int, _ name: String, _ country: String, lat: Double = 36.3, lon: Double = 43.1,
        alternates: [String] = [], population: Int? = 1000
    ) -> GeoNamesRecord {
        GeoNamesRecord(
            geonameID: id, name: name, asciiName: "", alternateNames: alternates, latitude: lat, longitude: lon,
            featureClass: "P", featureCode: "", countryCode: country, admin1: "15", population: population)
    }

    @Test func secondImportOfTheSameRowsChangesNothing() throws {
        let db = try database()
        let loader = GazetteerLoader(db: db)
        let rows = [
            record(1, "Mosul", "IQ", alternates: ["Al Mawsil"]), record(2, "Barţalah", "IQ", alternates: ["Bartella"]),
        ]
        #expect(try loader.load(rows) == GazetteerLoadCounts(added: 2, updated: 0, unchanged: 0))
        let changes = db.totalChanges
        #expect(try loader.load(rows) == GazetteerLoadCounts(added: 0, updated: 0, unchanged: 2))
        #expect(db.totalChanges == changes)
        var moved = rows
        moved[0].population = 2_000_000
        #expect(try loader.load(moved) == GazetteerLoadCounts(added: 0, updated: 1, unchanged: 1))
        let keys = try db.query("SELECT name_key FROM place_name ORDER BY name_key") { $0.string(0) }
        #expect(keys == ["al mawsil", "bartalah", "bartella", "mosul"])
        #expect(try db.queryFirst("SELECT count(*) FROM place_rtree") { $0.int(0) } == 2)
    }

    @Test func fillsInAPlaceKnownOnlyByName() throws {
        let db = try database()
        try db.run(
            "INSERT INTO place (name, kind, country_code, name_key, origin) VALUES ('Bartella', 'town', 'IQ', 'bartella', 'text')"
        )
        try db.run(
            "INSERT INTO place (name, kind, country_code, name_key, origin) VALUES ('Wardak', 'village', 'IQ', 'wardak', 'text')"
        )
        let counts = try GazetteerLoader(db: db).load([
            record(2, "Barţalah", "IQ", alternates: ["Bartella"]), record(3, "Wardak", "AF", lat: 34.3, lon: 68.3),
        ])
        #expect(counts == GazetteerLoadCounts(added: 1, updated: 1, unchanged: 0))
        let bartella = try db.queryFirst("SELECT origin, latitude, geonames_id FROM place WHERE id = 1") {
            ($0.string(0), $0.double(1), $0.int(2))
        }
        #expect(bartella?.0 == "gazetteer" && bartella?.1 == 36.3 && bartella?.2 == 2)
        // The Iraqi Wardak known by name keeps no coordinates: the gazetteer's is in Afghanistan.
        #expect(try db.queryFirst("SELECT latitude FROM place WHERE id = 2") { $0.double(0) } == .some(nil))
    }

    @Test func badLineRollsBackTheWholeFile() throws {
        let db = try database()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-\(UUID().uuidString).txt")
        try (record(1, "Mosul", "IQ").dumpLine + "\n" + "2\tBroken\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(
            throws: NewsStoreError.invalidGazetteer(path: url.path, line: 2, reason: "found 2 columns instead of 19")
        ) {
            try GazetteerLoader(db: db).loadFile(at: url.path)
        }
        #expect(try db.queryFirst("SELECT count(*) FROM place") { $0.int(0) } == 0)
    }

    @Test func shippedCountriesLoadWithoutPlacesAndIdempotently() throws {
        let db = try database()
        let first = try GazetteerLoader.loadShippedCountries(into: db)
        #expect(first.added == 0 && first.updated > 240)
        #expect(try db.queryFirst("SELECT count(*) FROM place") { $0.int(0) } == 0)
        #expect(
            try db.queryFirst("SELECT demonyms FROM country WHERE code = 'SA'") { $0.string(0) }
                == "Saudi,Saudi Arabian")
        let again = try GazetteerLoader.loadShippedCountries(into: db)
        #expect(again.added == 0 && again.updated == 0 && again.unchanged == first.updated)
    }
}
