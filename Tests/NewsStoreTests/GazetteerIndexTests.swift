import Testing

@testable import NewsStore

@Suite struct GazetteerIndexTests {
    @Test func indexFromADatabaseFindsPlacesByFoldedAndVariantKeys() throws {
        let db = try Connection(path: ":memory:")
        try Migrator().migrate(db)
        let loader = GazetteerLoader(db: db)
        _ = try loader.load(countries: [
            CountryRecord(
                code: "IQ", iso3: "IRQ", name: "Iraq", capital: "Baghdad", continent: "AS", population: 1,
                neighbours: ["SY"], geonameID: 99237, demonyms: ["Iraqi"], aliases: [])
        ])
        _ = try loader.load([
            GeoNamesRecord(
                geonameID: 99003, name: "Al Qayyārah", asciiName: "", alternateNames: ["Qayyarah"],
                latitude: 35.8, longitude: 43.29, featureClass: "P", featureCode: "", countryCode: "IQ",
                admin1: "15", population: 0)
        ])
        let index = try GazetteerIndex.load(from: db)
        #expect(index.candidates(forKey: "al qayyarah").first?.geonamesID == 99003)
        #expect(index.candidates(forKey: "qayyarah").first?.placeID != nil)
        #expect(index.candidates(forKey: "qayyara").isEmpty)
        #expect(index.variantCandidates(forKey: "qayyara").first?.geonamesID == 99003)
        #expect(index.countryEntry(code: "IQ")?.name == "Iraq")
        #expect(index.demonyms["iraqi"]?.countryCode == "IQ")
        #expect(index.demonyms["kurdish"]?.countryCode == "IQ")
    }

    @Test func shippedIndexKnowsHomonymsAndCommonWords() throws {
        let clock = ContinuousClock()
        var built: GazetteerIndex?
        let elapsed = try clock.measure { built = try GazetteerIndex.shipped() }
        let index = try #require(built)
        print("GAZETTEER shipped index: \(index.count) entries in \(elapsed)")
        let damascus = Set(index.candidates(forKey: "damascus").compactMap(\.countryCode))
        #expect(damascus.isSuperset(of: ["SY", "US"]))
        #expect(index.candidates(forKey: "united states").first?.kind == "country")
        #expect(index.candidates(forKey: "u s").first?.countryCode == "US")
        #expect(index.commonWords.contains("nice") && !index.commonWords.contains("mosul"))
        #expect(index.candidates(forKey: "osm").isEmpty)
    }
}
