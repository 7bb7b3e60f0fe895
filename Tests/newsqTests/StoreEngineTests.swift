import Foundation
import NewsStore
import Testing

@testable import newsq

/// `--db` picks the engine by the location's scheme.
@Suite struct StoreEngineTests {
    @Test func aPostgreSQLURLIsAServerAndAPathIsAFile() {
        #expect(StoreEngine.isServer("postgresql://newsq@127.0.0.1:5432/news"))
        #expect(StoreEngine.isServer("POSTGRES://newsq@db/news"))
        #expect(!StoreEngine.isServer("news.sqlite"))
        #expect(!StoreEngine.isServer("/data/postgresql/news.sqlite"))
    }

    @Test func messagesNeverShowThePassword() {
        let shown = StoreEngine.redacted("postgresql://newsq:secret@127.0.0.1:5432/news")
        #expect(!shown.contains("secret"))
        #expect(shown.contains("127.0.0.1:5432/news"))
    }

    #if !PostgreSQL
        @Test func withoutTheTraitAServerURLSaysHowToBuildNewsqForIt() {
            let error = #expect(throws: NewsStoreError.self) {
                try StoreEngine.open("postgresql://newsq:secret@127.0.0.1:1/news", access: .existing)
            }
            let words = error?.description ?? ""
            #expect(words.contains("--traits PostgreSQL"))
            #expect(!words.contains("secret"))
            #expect(!words.contains("\n"))
        }
    #endif
}
