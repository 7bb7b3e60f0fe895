import Foundation

extension NewsStore {
    /// Loads the data compiled into newsq from SampleData/: the shipped gazetteer (when the
    /// store has none yet), the seed article(s) and the sample saved queries. Safe to repeat.
    ///
    /// ```swift
    /// let store = try NewsStore(path: path, access: .create)
    /// try store.loadSampleData()
    /// ```
    /// - Throws: `SQLiteError`; `NewsStoreError` if a compiled-in file is broken.
    @discardableResult
    public func loadSampleData() throws -> SampleDataSummary {
        try loadShippedGazetteerIfEmpty()
        var articles = 0
        var queries = 0
        for file in EmbeddedFile.samples {
            if file.name.hasPrefix("queries/") && file.name.hasSuffix(".sql") {
                try saveQuery(try SavedQueryFile.parse(file.text, fileName: file.name), replace: true)
                queries += 1
            } else if !file.name.contains("/") && file.name.hasSuffix(".txt") {
                let summary = try importArticle(Data(file.bytes), origin: "SampleData/" + file.name)
                if let failure = summary.failed.first {
                    throw NewsStoreError.unreadableInput(path: failure.origin, reason: failure.reason)
                }
                articles += 1
            }
        }
        let places = try db.queryFirst("SELECT count(*) FROM place WHERE origin = 'gazetteer'") { $0.int(0) ?? 0 } ?? 0
        return SampleDataSummary(articles: articles, places: places, savedQueries: queries)
    }

    /// Loads the compiled-in gazetteer into a store that has no gazetteer places yet.
    func loadShippedGazetteerIfEmpty() throws {
        let hasGazetteer =
            try db.queryFirst("SELECT 1 FROM place WHERE geonames_id IS NOT NULL LIMIT 1") { _ in true } ?? false
        guard !hasGazetteer else { return }
        try GazetteerLoader.loadShipped(into: db)
        cachedGazetteer = nil
    }
}
