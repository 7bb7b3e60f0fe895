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
        let places = try storage.loadShippedGazetteerIfEmpty()
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
        return SampleDataSummary(articles: articles, places: places, savedQueries: queries)
    }
}
