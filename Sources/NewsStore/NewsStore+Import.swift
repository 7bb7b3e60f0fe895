import Foundation

extension NewsStore {
    /// Imports article files (text, Markdown, HTML, JSON and JSON Lines, RSS and Atom feeds,
    /// WARC archives, any of them gzipped; told apart by content first, then by name), folders
    /// (walked recursively, one folder listing at a time; other files are counted as skipped)
    /// and "-" (standard input). A JSON, feed or WARC file gives one article per record; a bad
    /// record fails alone, named by its line, item or record number. Workers read, clean and
    /// extract articles on every core; one writer stores them in input order, so ids come out
    /// as a serial import gives them, many articles per transaction. Each article is written
    /// whole or not at all. Re-importing an article already stored (or twice in one run)
    /// changes nothing; it is reported as already present.
    ///
    /// ```swift
    /// let summary = store.importFiles(["SampleData", "feeds/world.rss", "crawl.warc.gz"])
    /// print(summary.imported.count, summary.alreadyPresent.count, summary.failed.count)
    /// ```
    /// - Parameters:
    ///   - options: workers, extraction, batch size, cancellation, a publication day for all.
    ///   - standardInput: the bytes read when a path is "-"; nil streams the process's standard
    ///     input.
    ///   - progress: called on the calling thread as inputs finish and batches commit.
    ///   - onEvent: called on the calling thread for each article as it is committed (or fails).
    public func importFiles(
        _ paths: [String], options: ImportOptions = ImportOptions(),
        standardInput: (() -> Data)? = nil,
        progress: (ImportProgress) -> Void = { _ in }, onEvent: (ImportEvent) -> Void = { _ in }
    ) -> ImportSummary {
        var stream = ImportStream(
            paths: paths, publishedOverride: options.publishedOverride, standardInput: standardInput)
        let pipeline: ArticlePipeline?
        do {
            pipeline = options.extract ? ArticlePipeline(gazetteer: try storage.gazetteerIndex()) : nil
        } catch {
            var summary = ImportSummary()
            for input in ImportSource(paths: paths) {
                let failure = Self.failure(of: input, reason: "\(error)")
                if let failure { summary.failed.append(failure) }
            }
            return summary
        }
        let queue = ImportQueue<ImportJob, ImportJob.Outcome>(workers: options.workers, window: options.window) {
            $0.run(with: pipeline)
        }
        defer { queue.close() }
        var writer = ImportBatchWriter(storage: storage, options: options)
        if options.countFiles { writer.setFilesTotal(ImportSource(paths: paths).countFiles()) }
        var sourceDone = false
        while true {
            while !sourceDone && queue.hasRoom {
                guard let element = stream.next() else {
                    sourceDone = true
                    break
                }
                switch element {
                case .failure(let failure): writer.fail(failure)
                case .job(let job):
                    if case .record = job.source {} else { writer.openedFile() }
                    queue.submit(job)
                case .skippedFile(let label): writer.skip(file: label)
                case .skippedRecord(let reason): writer.skip(record: reason)
                case .openedInput: writer.openedFile()
                }
            }
            guard let outcome = queue.next() else {
                writer.takeEvents().forEach(onEvent)
                break
            }
            writer.add(outcome)
            if options.cancellation?.isCancelled == true {
                writer.summary.interrupted = true
                break
            }
            if writer.batchIsDue || (sourceDone && queue.isEmpty) { writer.flush() }
            writer.takeEvents().forEach(onEvent)
            progress(writer.progress)
            if writer.stopped { break }
        }
        writer.finish()
        writer.takeEvents().forEach(onEvent)
        progress(writer.progress)
        return writer.summary
    }

    /// Imports one article from its bytes.
    /// - Throws: `NewsStoreError.unreadableInput` when it is not an article; `SQLiteError`.
    public func importArticle(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws
        -> ImportSummary
    {
        // Clean first and recognise a re-import by its content hash before the costly extraction.
        let article = try ArticlePipeline.clean(data, origin: origin, publishedOverride: publishedOverride)
        let hash = Self.contentHash(of: article)
        var summary = ImportSummary()
        if let existing = try storage.storedArticle(contentHash: hash) {
            summary.alreadyPresent.append(.init(origin: origin, articleID: existing.id, title: existing.title))
            return summary
        }
        let extracted = ArticlePipeline(gazetteer: try storage.gazetteerIndex()).extract(from: article)
        let id = try storage.write(extracted, contentHash: hash, origin: origin)
        summary.imported.append(.init(origin: origin, articleID: id, title: extracted.article.title))
        return summary
    }

    /// Everything an import would store for one article, computed without writing anything.
    /// Uses this store's gazetteer (the shipped one plus whatever the user imported).
    /// - Throws: `NewsStoreError.unreadableInput`; `SQLiteError` reading the gazetteer.
    public func extract(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws -> ExtractedArticle
    {
        try ArticlePipeline(gazetteer: try storage.gazetteerIndex()).extract(
            data, origin: origin, publishedOverride: publishedOverride)
    }

    /// The dry run without any database: the shipped gazetteer only.
    /// - Throws: `NewsStoreError.unreadableInput` when the input is not an article.
    public static func extract(_ data: Data, origin: String, publishedOverride: CalendarDay? = nil) throws
        -> ExtractedArticle
    {
        try ArticlePipeline(gazetteer: try GazetteerIndex.shipped())
            .extract(data, origin: origin, publishedOverride: publishedOverride)
    }

    /// SHA-256 of the cleaned title and body: the same story re-scraped with other debris is
    /// still recognised.
    static func contentHash(of article: CleanedArticle) -> String {
        SHA256.hex(Array((article.title + "\n" + article.body).utf8))
    }

    /// An input that fails before it is read, with `reason`; nil for a file skipped unread.
    private static func failure(of input: ImportSource.Input, reason: String) -> ImportSummary.Failure? {
        switch input {
        case .failure(let failure): return failure
        case .file(let path): return .init(origin: path, reason: reason)
        case .standardInput: return .init(origin: "-", reason: reason)
        case .skipped: return nil
        }
    }
}
