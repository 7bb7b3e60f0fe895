import Foundation

/// One article's worth of an import as a worker sees it: read it (unless its bytes came with
/// it), clean it, hash it and, unless extraction is off, extract its places and events.
/// Everything here is `Sendable` and touches no database, so it runs on any thread.
struct ImportJob: Sendable {
    /// Where the bytes are.
    enum Source: Sendable {
        /// A page or text file, read (and inflated when gzipped) by the worker.
        case file(String)
        /// A page or text read already (standard input, read on the writer's thread).
        case bytes(Data)
        /// One record of a JSON, feed or WARC input.
        case record(ImportRecord)
    }

    /// What a worker made of the input.
    enum Outcome: Sendable {
        /// An article to write, and a warning to show with it ("summary only").
        case ready(ArticleWrite, note: String?)
        /// A record of newsq's own export, stored as given (nothing extracted).
        case exported(ExportRecord, contentHash: String, origin: String)
        case failed(ImportSummary.Failure)
    }

    /// The file path, "-", or a record within a file ("news.jsonl:3").
    let origin: String
    let source: Source
    var publishedOverride: CalendarDay?

    /// Reads, cleans, hashes and (with a pipeline) extracts. Nil `pipeline`: no extraction.
    func run(with pipeline: ArticlePipeline?) -> Outcome {
        do {
            if case .record(.json(let data)) = source, ExportRecord.marks(data) {
                let record = try ExportRecord(jsonLine: data, origin: origin)
                return .exported(record, contentHash: try record.verifiedContentHash(origin: origin), origin: origin)
            }
            let (article, note) = try cleaned()
            let extracted =
                pipeline?.extract(from: article) ?? ExtractedArticle(article: article, places: [], events: [])
            return .ready(
                ArticleWrite(
                    extracted: extracted, contentHash: NewsStore.contentHash(of: article), origin: origin,
                    isExtracted: pipeline != nil),
                note: note)
        } catch NewsStoreError.unreadableInput(_, let reason) {
            return .failed(.init(origin: origin, reason: reason))  // the path is the origin already
        } catch {
            return .failed(.init(origin: origin, reason: String(describing: error)))
        }
    }

    /// The cleaned article and a warning about it.
    /// - Throws: `NewsStoreError.unreadableInput`.
    func cleaned() throws -> (CleanedArticle, note: String?) {
        switch source {
        case .file(let path):
            // A FIFO, device or socket would block the read or never end; the reason says what it is.
            if let kind = Self.notARegularFile(path) {
                throw NewsStoreError.unreadableInput(
                    path: origin, reason: "it is \(kind), not a file; give an article file")
            }
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw NewsStoreError.unreadableInput(
                    path: origin, reason: "cannot read the file (\(error.localizedDescription))")
            }
            return try ArticlePipeline.cleanPage(data, origin: origin, publishedOverride: publishedOverride)
        case .bytes(let data):
            return try ArticlePipeline.cleanPage(data, origin: origin, publishedOverride: publishedOverride)
        case .record(.page(let data, let url, let captured)):
            return try ArticlePipeline.cleanPage(
                data, origin: origin, publishedOverride: publishedOverride, url: url, captured: captured)
        case .record(.json(let data)):
            let article = try JSONArticleReader().read(data, origin: origin)
            return (ArticlePipeline.finish(article, publishedOverride: publishedOverride), nil)
        case .record(.feedItem(let item)):
            let article = try item.article(origin: origin)
            return (
                ArticlePipeline.finish(article, publishedOverride: publishedOverride),
                item.isSummaryOnly ? "summary only: the feed carries no full text" : nil
            )
        }
    }

    /// What `path` is when it is not a regular file (symbolic links followed): "a FIFO (named
    /// pipe)" …; nil for a regular file, or when it cannot be looked at (the read then says why).
    static func notARegularFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch Int(info.st_mode) & Int(S_IFMT) {
        case Int(S_IFREG): return nil
        case Int(S_IFIFO): return "a FIFO (named pipe)"
        case Int(S_IFDIR): return "a folder"
        case Int(S_IFSOCK): return "a socket"
        default: return "a device"
        }
    }
}
