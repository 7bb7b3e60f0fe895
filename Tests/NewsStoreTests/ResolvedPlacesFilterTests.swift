import Foundation
import Testing

@testable import NewsStore

@Suite struct ResolvedPlacesFilterTests {
    @Test func resolvedOnlyHidesPlacesKnownOnlyByName() throws {
        let store = try StoreFixtures.seeded()
        let all = try store.places(PlaceFilter(articleID: 1))
        let resolved = try store.places(PlaceFilter(articleID: 1, resolvedOnly: true))
        #expect(all.contains { !$0.place.isResolved && $0.place.name == "Dabiq" })
        #expect(!resolved.isEmpty && resolved.allSatisfy(\.place.isResolved))
        #expect(Set(resolved.map(\.place.id)) == Set(all.filter(\.place.isResolved).map(\.place.id)))
    }
}

@Suite struct ShippedRegionTests {
    @Test func aStateWithADerivedPointIsResolvedAndDrawnAndARegionWithoutOneIsNot() throws {
        let store = try StoreFixtures.small()
        let text = """
            Wildfires spread in California

            Wildfires spread across California on Monday, and officials across the Middle East sent \
            condolences as crews from Nevada arrived to help.
            """
        let summary = store.importFiles([try StoreFixtures.file("fires.txt", text)], options: .init(workers: 0))
        let id = try #require(summary.imported.first?.articleID)
        let places = try store.places(PlaceFilter(articleID: id)).map(\.place)
        let california = try #require(places.first { $0.name == "California" })
        #expect(california.isResolved && california.latitude != nil && california.longitude != nil)
        let middleEast = try #require(places.first { $0.name == "Middle East" })
        #expect(!middleEast.isResolved && middleEast.latitude == nil)
        // Every resolved place of the article can be drawn.
        #expect(places.filter(\.isResolved).allSatisfy { $0.latitude != nil })
    }
}
