extension NewsStore {
    /// Fills in places and events for the articles stored without them (`importFiles` with
    /// `ImportOptions.extract` false), oldest first, a batch per transaction, extraction on every
    /// core. Resumable: articles done are marked and skipped, so an interrupted run picks up
    /// where it stopped. The result is what a normal import would have stored.
    ///
    /// ```swift
    /// _ = store.importFiles(["archive"], options: ImportOptions(extract: false))
    /// let summary = try store.extractPending()
    /// ```
    /// - Parameters:
    ///   - options: workers, batch size and cancellation (`extract` is ignored).
    ///   - progress: called on the calling thread after each batch.
    /// - Throws: `SQLiteError` reading articles or the gazetteer, or when a whole batch fails.
    public func extractPending(
        options: ImportOptions = ImportOptions(), progress: (ImportProgress) -> Void = { _ in }
    ) throws -> ExtractionSummary {
        let pipeline = ArticlePipeline(gazetteer: try storage.gazetteerIndex())
        let queue = ImportQueue<ArticleAwaitingExtraction, ExtractedArticle>(
            workers: options.workers, window: options.window
        ) { pipeline.extract(from: $0.article) }
        defer { queue.close() }
        var summary = ExtractionSummary()
        var counts = ImportProgress()
        var cursor = 0
        while true {
            let page = try storage.articlesAwaitingExtraction(after: cursor, limit: options.batchSize)
            guard let last = page.last else { break }
            cursor = last.id
            var waiting = page[...]
            var results: [(articleID: Int, extracted: ExtractedArticle)] = []
            results.reserveCapacity(page.count)
            while true {
                while queue.hasRoom, let next = waiting.popFirst() { queue.submit(next) }
                guard let extracted = queue.next() else { break }
                results.append((page[results.count].id, extracted))
            }
            let outcomes = try storage.writeExtraction(results)
            for ((articleID, _), error) in zip(results, outcomes) {
                counts.processed += 1
                if let error {
                    summary.failed.append(.init(origin: "#\(articleID)", reason: String(describing: error)))
                    counts.failed += 1
                } else {
                    summary.extracted += 1
                    counts.stored += 1
                }
            }
            progress(counts)
            if options.cancellation?.isCancelled == true {
                summary.interrupted = true
                break
            }
        }
        return summary
    }
}
