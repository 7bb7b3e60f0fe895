import Foundation

@testable import NewsStore

/// Stores for the facade tests: each test gets its own file.
enum StoreFixtures {
    /// A template database with the shipped gazetteer and the sample data, built once per test
    /// run (loading the gazetteer takes seconds) and copied for each test.
    static let seededTemplate: Result<URL, Error> = Result {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("seeded.sqlite")
        do {
            let store = try NewsStore(path: path.path, access: .create)
            try store.loadSampleData()
        }
        return path
    }

    /// The index of the shipped gazetteer, built once per test run (it takes seconds) and shared
    /// by every test that extracts without a store: it is immutable and `Sendable`.
    static let shippedIndex: Result<GazetteerIndex, Error> = Result { try GazetteerIndex.shipped() }

    /// A fresh copy of the seeded database, open.
    static func seeded() throws -> NewsStore {
        let template = try seededTemplate.get()
        let copy = try TestSupport.temporaryFolder().appendingPathComponent("news.sqlite")
        try FileManager.default.copyItem(at: template, to: copy)
        return try NewsStore(path: copy.path, access: .existing)
    }

    /// A fresh store with a tiny gazetteer of its own (so the shipped one is not loaded).
    static func small() throws -> NewsStore {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("small.sqlite").path
        let store = try NewsStore(path: path, access: .create)
        let records = [
            record(99_072, "Mosul", ["Al Mawsil", "Mawsil"], 36.335, 43.119, "IQ", 1_739_800),
            record(98_182, "Baghdad", [], 33.341, 44.401, "IQ", 7_216_000),
            record(170_654, "Damascus", ["Dimashq"], 33.510, 36.291, "SY", 1_569_394),
            record(4_352_053, "Damascus", [], 39.277, -77.203, "US", 15_257),
        ]
        _ = try GazetteerLoader(db: try store.sqliteStorage.db).load(records)
        return store
    }

    static func record(
        _ id: Int, _ name: String, _ alternates: [String], _ lat: Double, _ lon: Double, _ country: String,
        _ population: Int
    ) -> GeoNamesRecord {
        GeoNamesRecord(
            geonameID: id, name: name, asciiName: name, alternateNames: alternates, latitude: lat, longitude: lon,
            featureClass: "P", featureCode: "PPL", countryCode: country, admin1: "", population: population)
    }

    /// Writes `text` to a new file and returns its path.
    static func file(_ name: String, _ text: String, in folder: URL? = nil) throws -> String {
        let folder = try folder ?? TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A second article for searches that need more than the seed.
    static let floods = """
        Floods reach Mosul

        By Jane Doe and John Roe, Reuters

        Updated 9:00 AM ET, Tue October 18, 2016

        Heavy rain flooded streets in Mosul on Tuesday, October 18, 2016, officials said.

        Residents of Baghdad reported calmer weather.
        """
}
