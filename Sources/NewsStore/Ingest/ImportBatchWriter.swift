/// The single writer of an import: gathers what the workers made, in input order, into batches
/// (up to `ImportOptions.batchSize` articles or `batchDuration` of work) and writes each batch in
/// one transaction, each article in its own savepoint. Keeps the summary and the progress.
///
/// Not `Sendable`: it holds the store's storage and lives on the thread that imports.
struct ImportBatchWriter {
    let storage: any NewsStorage
    let options: ImportOptions
    private(set) var progress = ImportProgress()
    var summary = ImportSummary()
    /// True once a batch failed as a whole (disk full, I/O error): the import stops there.
    private(set) var stopped = false
    private var pending: [ArticleWrite] = []
    private var batchStarted: ContinuousClock.Instant?
    /// Whether the full-text index is on its bulk-load settings (restored by `finish`).
    private var bulkLoading = false

    init(storage: any NewsStorage, options: ImportOptions) {
        self.storage = storage
        self.options = options
    }

    /// True when the pending batch is full or has gathered for long enough.
    var batchIsDue: Bool {
        guard let batchStarted else { return false }
        return pending.count >= options.batchSize || ContinuousClock.now - batchStarted >= options.batchDuration
    }

    /// An input that failed before it could be written.
    mutating func fail(_ failure: ImportSummary.Failure) {
        summary.failed.append(failure)
        progress.processed += 1
        progress.failed += 1
    }

    /// A worker's result, in input order.
    mutating func add(_ outcome: ImportJob.Outcome) {
        switch outcome {
        case .failed(let failure):
            fail(failure)
        case .ready(let article):
            if pending.isEmpty { batchStarted = .now }
            pending.append(article)
            progress.processed += 1
        }
    }

    /// Writes the pending batch.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        if !bulkLoading && pending.count >= options.batchSize {
            // Only a large import switches the full-text index to bulk settings; when that
            // fails the import still goes on with the everyday ones.
            bulkLoading = (try? storage.setBulkLoading(true)) != nil
        }
        let batch = pending
        pending = []
        batchStarted = nil
        do {
            let outcomes = try storage.write(batch)
            for (item, outcome) in zip(batch, outcomes) { record(outcome, of: item) }
        } catch {
            for item in batch {
                summary.failed.append(
                    .init(origin: item.origin, reason: "not stored: the batch it was in failed (\(error))"))
                progress.failed += 1
            }
            stopped = true
        }
    }

    /// Writes what is pending and puts the full-text index back on its everyday settings.
    mutating func finish() {
        if !stopped { flush() }
        if bulkLoading {
            // Leaving the bulk settings behind would only make later merges lazier, not lose data.
            try? storage.setBulkLoading(false)
            bulkLoading = false
        }
    }

    private mutating func record(_ outcome: ArticleWriteOutcome, of item: ArticleWrite) {
        switch outcome {
        case .stored(let id):
            summary.imported.append(.init(origin: item.origin, articleID: id, title: item.extracted.article.title))
            progress.stored += 1
        case .alreadyPresent(let existing):
            summary.alreadyPresent.append(.init(origin: item.origin, articleID: existing.id, title: existing.title))
            progress.alreadyPresent += 1
        case .failed(let error):
            summary.failed.append(.init(origin: item.origin, reason: String(describing: error)))
            progress.failed += 1
        }
    }
}
