import Foundation
import NewsStore

/// One loaded store per engine for the whole test process: importing the articles (with place
/// and event extraction) is the slow part, and every case only reads or replaces what it saved.
///
/// `@unchecked Sendable`, proof: the stores are reached only inside `answer(_:on:)`, which holds
/// `lock` for the whole case, so no two threads ever use a store (or its connection) at once.
final class SharedConformanceStores: @unchecked Sendable {
    static let shared = SharedConformanceStores()

    private let lock = NSLock()
    private var stores: [ConformanceEngine: ConformanceStore] = [:]

    /// The case's answer on `engine`'s shared store, loaded on first use.
    /// - Throws: what loading the store throws.
    func answer(_ check: ConformanceCase, on engine: ConformanceEngine) throws -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        if stores[engine] == nil {
            stores[engine] = try ConformanceStore.loaded(engine)
            // A static is never released: drop the store (a server's scratch database) at exit.
            if engine == .postgresql { atexit { SharedConformanceStores.shared.releaseAll() } }
        }
        guard let store = stores[engine] else { return [] }
        return check.answer(store.news, on: engine)
    }

    /// Releases every store, removing its files or database.
    func releaseAll() {
        lock.lock()
        defer { lock.unlock() }
        stores.removeAll()
    }
}
