/// What an import did, file by file.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// One article that was read.
    public struct Item: Sendable, Hashable, Codable {
        /// The file path, "-" for standard input, or a record in a file ("news.jsonl:3",
        /// "feed.xml item 2", "crawl.warc.gz record 7").
        public var origin: String
        public var articleID: Int
        public var title: String
        /// A warning about what was stored ("summary only", a nearly empty body).
        public var note: String?

        /// An article read from `origin`.
        public init(origin: String, articleID: Int, title: String, note: String? = nil) {
            self.origin = origin
            self.articleID = articleID
            self.title = title
            self.note = note
        }
    }

    /// One input that could not be imported, and why.
    public struct Failure: Sendable, Hashable, Codable {
        public var origin: String
        public var reason: String

        /// A failure of the input at `origin`.
        public init(origin: String, reason: String) {
            self.origin = origin
            self.reason = reason
        }
    }

    /// Newly stored articles.
    public var imported: [Item] = []
    /// Articles whose content was already stored (matched by content hash); nothing changed.
    public var alreadyPresent: [Item] = []
    /// Inputs that failed; nothing of them was written.
    public var failed: [Failure] = []
    /// Files a folder walk passed over because they are not article files, counted by
    /// extension (".pdf", "no extension").
    public var skippedFiles: [String: Int] = [:]
    /// Records inside archives that are not articles, counted by reason ("WARC request record",
    /// "image/png response").
    public var skippedRecords: [String: Int] = [:]
    /// True when the import was cancelled (Ctrl-C) and stopped after the batch it was writing:
    /// the inputs after it were not read. What is listed was committed.
    public var interrupted = false

    /// An empty summary.
    public init() {}

    /// True when every input was imported, already present or skipped as not an article.
    public var succeeded: Bool { failed.isEmpty }
}
