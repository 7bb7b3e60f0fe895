import Foundation

/// One input of an import as a worker sees it: read it (unless its bytes came with it), clean
/// it, hash it and, unless extraction is off, extract its places and events. Everything here is
/// `Sendable` and touches no database, so it runs on any thread.
struct ImportJob: Sendable {
    /// Where the bytes are.
    enum Source: Sendable {
        case file(String)
        /// Bytes read already (standard input, read on the writer's thread).
        case bytes(Data)
    }

    /// What a worker made of the input.
    enum Outcome: Sendable {
        case ready(ArticleWrite)
        case failed(ImportSummary.Failure)
    }

    /// The file path, or "-".
    let origin: String
    let source: Source
    var publishedOverride: CalendarDay?

    /// Reads, cleans, hashes and (with a pipeline) extracts. Nil `pipeline`: no extraction.
    func run(with pipeline: ArticlePipeline?) -> Outcome {
        let data: Data
        switch source {
        case .bytes(let bytes):
            data = bytes
        case .file(let path):
            // A FIFO, device or socket would block the read or never end; the reason says what it is.
            if let kind = Self.notARegularFile(path) {
                return .failed(.init(origin: origin, reason: "it is \(kind), not a file; give an article file"))
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                return .failed(.init(origin: origin, reason: "cannot read the file (\(error.localizedDescription))"))
            }
        }
        do {
            let article = try ArticlePipeline.clean(data, origin: origin, publishedOverride: publishedOverride)
            let extracted =
                pipeline?.extract(from: article) ?? ExtractedArticle(article: article, places: [], events: [])
            return .ready(
                ArticleWrite(
                    extracted: extracted, contentHash: NewsStore.contentHash(of: article), origin: origin,
                    isExtracted: pipeline != nil))
        } catch NewsStoreError.unreadableInput(_, let reason) {
            return .failed(.init(origin: origin, reason: reason))  // the path is the origin already
        } catch {
            return .failed(.init(origin: origin, reason: String(describing: error)))
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
