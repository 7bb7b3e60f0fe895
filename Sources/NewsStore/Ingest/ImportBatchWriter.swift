/// The single writer of an import: gathers what the workers made, in input order, into batches
/// (up to `ImportOptions.batchSize` articles or `batchDuration` of work) and writes each batch in
/// one transaction, each article in its own savepoint. Keeps the summary and the progress, and
/// the events not yet handed on (`takeEvents`).
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
    /// The warning of each pending article, in step with `pending`.
    private var pendingNotes: [String?] = []
    /// Records of newsq's export waiting to be stored as given; never pending together with
    /// `pending`, so the input order holds.
    private var pendingExports: [(record: ExportRecord, contentHash: String, origin: String)] = []
    private var events: [ImportEvent] = []
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
        return pending.count + pendingExports.count >= options.batchSize
            || ContinuousClock.now - batchStarted >= options.batchDuration
    }

    /// An input that failed before it could be written.
    mutating func fail(_ failure: ImportSummary.Failure) {
        summary.failed.append(failure)
        events.append(.failed(failure))
        progress.processed += 1
        progress.failed += 1
    }

    /// A file or record passed over as not an article.
    mutating func skip(file label: String? = nil, record reason: String? = nil) {
        if let label { summary.skippedFiles[label, default: 0] += 1 }
        if let reason { summary.skippedRecords[reason, default: 0] += 1 }
        progress.skipped += 1
    }

    /// An input file was opened.
    mutating func openedFile() { progress.files += 1 }

    /// The events since the last call, in input order.
    mutating func takeEvents() -> [ImportEvent] {
        defer { events.removeAll() }
        return events
    }

    /// A worker's result, in input order.
    mutating func add(_ outcome: ImportJob.Outcome) {
        switch outcome {
        case .failed(let failure):
            fail(failure)
        case .ready(let article, let note):
            if !pendingExports.isEmpty { flush() }
            if pending.isEmpty { batchStarted = .now }
            pending.append(article)
            pendingNotes.append(note)
            progress.processed += 1
        case .exported(let record, let hash, let origin):
            if !pending.isEmpty { flush() }
            if pendingExports.isEmpty { batchStarted = .now }
            pendingExports.append((record, hash, origin))
            progress.processed += 1
        }
    }

    /// Writes the pending batch.
    mutating func flush() {
        if !pendingExports.isEmpty { flushExports() }
        guard !pending.isEmpty else { return }
        if !bulkLoading && pending.count >= options.batchSize {
            // Only a large import switches the full-text index to bulk settings; when that
            // fails the import still goes on with the everyday ones.
            bulkLoading = (try? storage.setBulkLoading(true)) != nil
        }
        let batch = pending
        let notes = pendingNotes
        pending = []
        pendingNotes = []
        batchStarted = nil
        do {
            let outcomes = try storage.write(batch)
            for (index, outcome) in outcomes.enumerated() where index < batch.count {
                record(outcome, of: batch[index], note: notes[index])
            }
        } catch {
            failBatch(batch.map(\.origin), error)
        }
    }

    /// Stores the pending export records as given, in one transaction.
    private mutating func flushExports() {
        let batch = pendingExports
        pendingExports = []
        batchStarted = nil
        do {
            let outcomes = try storage.writeExported(batch)
            for (item, outcome) in zip(batch, outcomes) {
                record(outcome, origin: item.origin, title: item.record.title, note: nil)
            }
        } catch {
            failBatch(batch.map(\.origin), error)
        }
    }

    /// A whole batch was undone (disk full, I/O error): each of its inputs failed, and the import
    /// stops there.
    private mutating func failBatch(_ origins: [String], _ error: any Error) {
        for origin in origins {
            let failure = ImportSummary.Failure(
                origin: origin, reason: "not stored: the batch it was in failed (\(error))")
            summary.failed.append(failure)
            events.append(.failed(failure))
            progress.failed += 1
        }
        stopped = true
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

    private mutating func record(_ outcome: ArticleWriteOutcome, of item: ArticleWrite, note: String?) {
        record(outcome, origin: item.origin, title: item.extracted.article.title, note: note)
    }

    private mutating func record(_ outcome: ArticleWriteOutcome, origin: String, title: String, note: String?) {
        switch outcome {
        case .stored(let id):
            let stored = ImportSummary.Item(origin: origin, articleID: id, title: title, note: note)
            summary.imported.append(stored)
            events.append(.imported(stored))
            progress.stored += 1
        case .alreadyPresent(let existing):
            let present = ImportSummary.Item(origin: origin, articleID: existing.id, title: existing.title)
            summary.alreadyPresent.append(present)
            events.append(.alreadyPresent(present))
            progress.alreadyPresent += 1
        case .failed(let error):
            let failure = ImportSummary.Failure(origin: origin, reason: String(describing: error))
            summary.failed.append(failure)
            events.append(.failed(failure))
            progress.failed += 1
        }
    }
}

extension ImportBatchWriter {
    /// The number of input files, counted before the import starts.
    mutating func setFilesTotal(_ total: Int) { progress.filesTotal = total }
}
