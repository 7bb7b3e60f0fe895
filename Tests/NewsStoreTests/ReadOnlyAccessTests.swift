import Foundation
import Testing

@testable import NewsStore

/// `NewsStore.Access.readOnly` (what `newsq serve` opens for each request): reads work, writes
/// fail, nothing is created or migrated.
@Suite struct ReadOnlyAccessTests {
    @Test func aReadOnlyStoreSearchesButRefusesToWrite() throws {
        let path = try StoreFixtures.seeded().path
        let store = try NewsStore(path: path, access: .readOnly)
        #expect(try store.search("mosul").total == 1)
        #expect(try store.places(PlaceFilter(articleID: 1)).first?.place.name == "Mosul")
        #expect(throws: (any Error).self) {
            _ = try store.importArticle(Data("Title\n\nA new article about Erbil.".utf8), origin: "test")
        }
        #expect(try store.statistics().articles == 1)
    }

    @Test func aMissingFileIsNotCreatedForReadOnly() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("missing.sqlite").path
        #expect(throws: NewsStoreError.databaseNotFound(path: path)) {
            _ = try NewsStore(path: path, access: .readOnly)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
