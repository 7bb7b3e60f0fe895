import Foundation

extension NewsStore {
    /// Loads the data compiled into newsq from SampleData/: the shipped countries (when the store
    /// has none yet), the seed article(s) and the sample saved queries. Safe to repeat.
    ///
    /// ```swift
    /// let store = try NewsStore(path: path, access: .create)
    /// try store.loadSampleData()
    /// ```
    /// - Throws: `SQLiteError`; `NewsStoreError` if a compiled-in file is broken.
    @discardableResult
    public func loadSampleData() throws -> SampleDataSummary {
        let places = try storage.prepareGazetteer()
        var articles = 0
        var queries = 0
        for file in EmbeddedFile.samples where !file.name.contains("/") && file.name.hasSuffix(".txt") {
            let summary = try importArticle(Data(file.bytes), origin: "SampleData/" + file.name)
            if let failure = summary.failed.first {
                throw NewsStoreError.unreadableInput(path: failure.origin, reason: failure.reason)
            }
            articles += 1
        }
        // SampleData/queries itself: the twins in its postgresql/ folder are for PostgreSQL stores.
        for query in try Self.shippedQueries() {
            try saveQuery(query, replace: true)
            queries += 1
        }
        return SampleDataSummary(articles: articles, places: places, savedQueries: queries)
    }

    /// Creates a new database at `path` holding the sample data, all or nothing: it is built
    /// under a temporary name beside `path` and renamed into place only when complete, so an
    /// interrupted first run (Ctrl-C, a crash) leaves no half-filled database behind, and the next
    /// run starts again. Leftovers of an interrupted run are removed first.
    ///
    /// ```swift
    /// let (store, summary) = try NewsStore.createWithSampleData(at: path)
    /// ```
    /// - Throws: `NewsStoreError.cannotOpen` when `path` exists or its folder cannot be written;
    ///   what `init(path:access:)` and `loadSampleData()` throw.
    public static func createWithSampleData(at path: String) throws -> (NewsStore, SampleDataSummary) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else {
            throw NewsStoreError.cannotOpen(
                path: path, reason: "it exists already; the sample data goes into a new database")
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let partialPrefix = target.lastPathComponent + ".partial-"
        // Leftovers of an interrupted first run (a process killed mid-way removes nothing).
        for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(partialPrefix) {
            try? manager.removeItem(at: folder.appendingPathComponent(name))
        }
        let partial = folder.appendingPathComponent(partialPrefix + UUID().uuidString).path
        let summary: SampleDataSummary
        do {
            summary = try fill(partial)
            // Closing the last connection checkpointed the WAL into the file and removed it; a WAL
            // left behind would hold data the renamed file lacks.
            let wal = (try? manager.attributesOfItem(atPath: partial + "-wal")[.size] as? Int) ?? 0
            guard wal == 0 else {
                throw NewsStoreError.cannotOpen(path: path, reason: "the new database could not be completed")
            }
            try manager.moveItem(atPath: partial, toPath: path)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: partial + suffix) }
            throw error
        }
        return (try NewsStore(path: path, access: .existing), summary)
    }

    /// A new database at `path` with the sample data, closed again when this returns.
    private static func fill(_ path: String) throws -> SampleDataSummary {
        let store = try NewsStore(path: path, access: .create)
        return try store.loadSampleData()
    }
}
