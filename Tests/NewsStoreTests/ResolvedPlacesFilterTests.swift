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
