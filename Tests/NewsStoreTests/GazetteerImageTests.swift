import Foundation
import Testing

@testable import NewsStore

@Suite struct GazetteerImageTests {
    /// A small builder: two homonyms, an entry with an article-less form, one without an id.
    private func builder() -> GazetteerIndexBuilder {
        var builder = GazetteerIndexBuilder()
        builder.add(
            GazetteerEntry(
                name: "Al Qayyārah", kind: .town, countryCode: "IQ", admin1: "15", latitude: 35.8, longitude: 43.29,
                population: 22_000, geonamesID: 99_003),
            names: [("al qayyarah", "Al Qayyārah"), ("qayyarah", "Qayyarah")])
        builder.add(
            GazetteerEntry(
                name: "Damascus", kind: .city, countryCode: "SY", latitude: 33.5, longitude: 36.3, geonamesID: 170_654),
            names: [("damascus", "Damascus"), ("dimashq", "Dimashq")])
        builder.add(
            GazetteerEntry(
                name: "Damascus", kind: .town, countryCode: "US", latitude: 39.3, longitude: -77.2,
                geonamesID: 4_352_053),
            names: [("damascus", "Damascus")])
        builder.add(GazetteerEntry(name: "Nowhere", kind: .area), names: [("nowhere", "Nowhere")])
        return builder
    }

    private func image(_ bytes: [UInt8]) throws -> GazetteerImage {
        try GazetteerImage(GazetteerImageBytes(copying: bytes))
    }

    @Test func anImageAnswersEveryLookUpAsTheDictionariesItWasBuiltFrom() throws {
        let builder = builder()
        let image = try image(try builder.image(fingerprint: 42))
        let index = builder.build(shipped: nil)
        #expect(image.count == 4 && image.fingerprint == 42)
        for key in ["al qayyarah", "qayyarah", "damascus", "dimashq", "nowhere", "mosul", "", "damascu", "damascuss"] {
            #expect(image.positions(forKey: key).map(image.entry(at:)) == index.candidates(forKey: key), "\(key)")
        }
        for key in ["qayyara", "damaskus", "nowhere"] {
            let variant = PlaceNameKey.variant(key)
            #expect(image.positions(forVariant: variant).map(image.entry(at:)) == index.variantCandidates(forKey: key))
        }
        #expect(image.entry(at: 0).admin1 == "15" && image.entry(at: 0).population == 22_000)
        #expect(image.entry(at: 3).latitude == nil && image.entry(at: 3).geonamesID == nil)
        #expect(image.position(geonamesID: 4_352_053) == 2 && image.position(geonamesID: 1) == nil)
        #expect(image.names(at: 0) == ["Al Qayyārah", "Qayyarah"])
    }

    @Test func damagedImagesAreRefusedNotRead() throws {
        let bytes = try builder().image(fingerprint: 1)
        #expect(throws: GazetteerImage.Invalid.self) { try image(Array(bytes.dropLast())) }
        #expect(throws: GazetteerImage.Invalid.self) { try image(Array(bytes.prefix(40))) }
        var foreign = bytes
        foreign[0] = UInt8(ascii: "X")
        #expect(throws: GazetteerImage.Invalid.self) { try image(foreign) }
        // The first entry's name made to point past the strings.
        var pointing = bytes
        pointing.replaceSubrange(64..<68, with: [0xFF, 0xFF, 0xFF, 0x0F])
        #expect(throws: GazetteerImage.Invalid.self) { try image(pointing) }
    }

    @Test func anImageIsCachedPrivatelyMappedByTheNextLoadAndRebuiltWhenStaleOrDamaged() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("cache/newsq")
        var builds = 0
        func load(_ stamp: String) throws -> GazetteerImage {
            try GazetteerImageCache.load(folder: folder, identity: ("/bin/newsq", stamp)) { fingerprint in
                builds += 1
                return try builder().image(fingerprint: fingerprint)
            }
        }
        #expect(!GazetteerImageCache.isCached(folder: folder, identity: ("/bin/newsq", "build 1")))
        let built = try load("build 1")
        #expect(GazetteerImageCache.isCached(folder: folder, identity: ("/bin/newsq", "build 1")))
        #expect(!GazetteerImageCache.isCached(folder: folder, identity: ("/bin/newsq", "build 2")))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1 && files[0].hasPrefix("gazetteer-") && files[0].hasSuffix(".image"))
        let file = folder.appendingPathComponent(files[0])
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        let mapped = try load("build 1")
        #expect(builds == 1 && mapped.count == built.count && mapped.positions(forKey: "damascus") == [1, 2])
        _ = try load("build 2")  // the program was rebuilt: its image is made again
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(builds == 2 && after == files)
        try Data("NEWSQGZ1 broken".utf8).write(to: file)
        let rebuilt = try load("build 2")
        #expect(builds == 3 && rebuilt.count == built.count)
        _ = try load("build 2")
        #expect(builds == 3)
    }

    @Test func withNowhereToCacheTheImageIsBuiltInMemory() throws {
        let blocked = try TestSupport.temporaryFolder().appendingPathComponent("file")
        try Data().write(to: blocked)
        let image = try GazetteerImageCache.load(
            folder: blocked.appendingPathComponent("newsq"), identity: ("/bin/x", "1")
        ) {
            try builder().image(fingerprint: $0)
        }
        #expect(image.positions(forKey: "nowhere") == [3])
    }

    @Test func theShippedImageKnowsTheWholeGazetteer() throws {
        let image = try #require(try StoreFixtures.shippedIndex.get().shipped)
        #expect(image.count > 230_000)
        let mosul = try #require(image.position(geonamesID: 99_072))
        #expect(image.entry(at: mosul).name == "Mosul" && image.names(at: mosul).contains("Al Mawsil"))
    }

    @Test func aStoredPlaceStandsInForTheShippedOneWithItsOwnSpellings() throws {
        let shipped = try image(try builder().image(fingerprint: 1))
        var stored = GazetteerIndexBuilder()
        var qayyarah = shipped.entry(at: 0)
        qayyarah.placeID = 7
        stored.add(qayyarah, keys: ["al qayyarah", "qayyara"])
        stored.add(GazetteerEntry(placeID: 8, name: "Khazer", kind: .place, origin: .text), keys: ["khazer"])
        let index = stored.build(shipped: shipped)
        #expect(index.candidates(forKey: "qayyarah").map(\.placeID) == [7])
        #expect(index.candidates(forKey: "qayyara").map(\.placeID) == [7])
        #expect(index.candidates(forKey: "damascus").map(\.countryCode) == ["SY", "US"])
        #expect(index.candidates(forKey: "khazer").map(\.placeID) == [8])
    }
}
