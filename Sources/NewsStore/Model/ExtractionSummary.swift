/// What `NewsStore.extractPending` did: articles stored without extraction that now have their
/// places and events.
public struct ExtractionSummary: Sendable, Hashable, Codable {
    /// Articles whose places and events were stored.
    public var extracted = 0
    /// Articles whose extraction could not be stored (origin "#id"); they stay pending.
    public var failed: [ImportSummary.Failure] = []
    /// True when cancelled (Ctrl-C): stopped after the batch it was writing.
    public var interrupted = false

    /// A summary with these totals.
    public init(extracted: Int = 0, failed: [ImportSummary.Failure] = [], interrupted: Bool = false) {
        self.extracted = extracted
        self.failed = failed
        self.interrupted = interrupted
    }

    /// True when nothing failed.
    public var succeeded: Bool { failed.isEmpty }
}
