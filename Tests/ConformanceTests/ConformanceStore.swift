import Foundation
import NewsStore

#if PostgreSQL
    import NewsStorePostgres
#endif

/// A new, empty store on one engine, removed with its files or database when released.
final class ConformanceStore {
    private(set) var store: NewsStore?
    private let cleanup: () -> Void

    /// The store; present until the fixture is released.
    var news: NewsStore {
        guard let store else { preconditionFailure("the store is gone") }
        return store
    }

    init(_ engine: ConformanceEngine) throws {
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "newsq-conformance-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = try NewsStore(path: folder.appendingPathComponent("news.sqlite").path, access: .create)
            cleanup = { try? FileManager.default.removeItem(at: folder) }
        case .postgresql:
            #if PostgreSQL
                guard let server = ConformanceEngine.serverURL else {
                    throw NewsStoreError.cannotOpen(path: "PostgreSQL", reason: ConformanceEngine.postgreSQLSkipReason)
                }
                let scratch = try PostgresScratchDatabase(serverURL: server)
                store = NewsStore(storage: try PostgresStorage(url: scratch.url))
                cleanup = { try? scratch.drop() }
            #else
                throw NewsStoreError.cannotOpen(path: "PostgreSQL", reason: ConformanceEngine.postgreSQLSkipReason)
            #endif
        }
    }

    /// A store holding the conformance articles: the seed, the fixtures below and, when
    /// ../shared is beside the package, a few pages of the development corpus.
    static func loaded(_ engine: ConformanceEngine) throws -> ConformanceStore {
        let fixture = try ConformanceStore(engine)
        let store = fixture.news
        try store.loadSampleData()
        for (name, text) in ConformanceArticles.all {
            let summary = try store.importArticle(Data(text.utf8), origin: name)
            if let failure = summary.failed.first {
                throw NewsStoreError.unreadableInput(path: name, reason: failure.reason)
            }
        }
        for page in ConformanceArticles.corpusPages {
            _ = try store.importArticle(try Data(contentsOf: page), origin: page.lastPathComponent)
        }
        return fixture
    }

    deinit {
        store = nil
        cleanup()
    }
}
