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
        let index = try GazetteerIndex.load(from: db, shipped: nil)
        #expect(index.candidates(forKey: "al qayyarah").first?.geonamesID == 99003)
        #expect(index.candidates(forKey: "qayyarah").first?.placeID != nil)
        #expect(index.candidates(forKey: "qayyara").isEmpty)
        #expect(index.variantCandidates(forKey: "qayyara").first?.geonamesID == 99003)
        #expect(index.candidates(forKey: "iraq").first?.kind == .country)
        #expect(index.demonyms["iraqi"]?.countryCode == "IQ")
        #expect(index.demonyms["kurdish"]?.countryCode == "IQ")
    }

    @Test func shippedIndexKnowsHomonymsAndCommonWords() throws {
        let index = try StoreFixtures.shippedIndex.get()
        let damascus = Set(index.candidates(forKey: "damascus").compactMap(\.countryCode))
        #expect(damascus.isSuperset(of: ["SY", "US"]))
        #expect(index.candidates(forKey: "united states").first?.kind == .country)
        #expect(index.candidates(forKey: "u s").first?.countryCode == "US")
        #expect(index.commonWords.contains("nice") && !index.commonWords.contains("mosul"))
        #expect(index.candidates(forKey: "osm").isEmpty)
    }

    @Test func builderIndexesEveryFormAndItsVariantOncePerEntry() {
        var builder = GazetteerIndexBuilder()
        let qayyarah = GazetteerEntry(name: "Al Qayyārah", kind: .town, countryCode: "IQ", geonamesID: 1)
        let other = GazetteerEntry(name: "Qayara", kind: .village, countryCode: "IQ", geonamesID: 2)
        builder.add(qayyarah, keys: ["al qayyarah", "qayyarah", "qayyarah"])
        builder.add(other, keys: ["qayara"])
        let index = builder.build(shipped: nil)
        #expect(index.exact["al qayyarah"] == [0])
        #expect(index.exact["qayyarah"] == [0])
        #expect(index.exact["qayara"] == [1])
        #expect(index.variants[PlaceNameKey.variant("qayyara")] == ["al qayyarah", "qayyarah", "qayara"])
        #expect(index.variantCandidates(forKey: "qayyara").map(\.geonamesID) == [1, 2])
    }

    @Test func shippedImageFilesEveryKeyAndVariantOnceAndInByteOrder() throws {
        let image = try #require(try StoreFixtures.shippedIndex.get().shipped)
        var previous: [UInt8] = []
        var keys = 0
        var derived: [String: Set<Int>] = [:]
        image.forEachKey { key, positions in
            #expect(previous.lexicographicallyPrecedes(Array(key.utf8)) || keys == 0)
            previous = Array(key.utf8)
            keys += 1
            derived[PlaceNameKey.variant(key), default: []].formUnion(positions)
        }
        #expect(keys > 300_000)
        // The variant table is exactly the one derived from the keys, positions deduplicated.
        var variants = 0
        var mismatched: [String] = []
        image.forEachVariant { variant, _ in
            variants += 1
            if image.positions(forVariant: variant) != derived[variant]?.sorted() { mismatched.append(variant) }
        }
        #expect(variants == derived.count)
        #expect(mismatched.isEmpty, "\(mismatched.count) variant keys differ, e.g. \(mismatched.first ?? "")")
    }

    @Test func oneShippedIndexServesConcurrentExtractions() async throws {
        let index = try StoreFixtures.shippedIndex.get()
        let article = try seedArticle()
        let alone = PlaceExtractor(index: index).places(in: article)
        let together = await withTaskGroup(of: [ExtractedPlace].self) { group in
            for _ in 0..<4 { group.addTask { PlaceExtractor(index: index).places(in: article) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(!alone.isEmpty)
        #expect(together.count == 4 && together.allSatisfy { $0 == alone })
    }
}
