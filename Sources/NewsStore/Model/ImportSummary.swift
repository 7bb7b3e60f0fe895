/// What an import did, file by file.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// One article that was read.
    public struct Item: Sendable, Hashable, Codable {
        /// The file path, or "-" for standard input.
        public var origin: String
        public var articleID: Int
        public var title: String
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
    /// True when the import was cancelled (Ctrl-C) and stopped after the batch it was writing:
    /// the inputs after it were not read. What is listed was committed.
    public var interrupted = false

    /// True when every input was imported or already present.
    public var succeeded: Bool { failed.isEmpty }
}
