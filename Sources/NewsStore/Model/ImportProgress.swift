/// How far an import (or `extract --all`) has come, reported as it goes.
public struct ImportProgress: Sendable, Hashable {
    /// Inputs (or articles) finished so far.
    public var processed: Int = 0
    /// Of those, stored (or extracted).
    public var stored: Int = 0
    /// Of those, already present.
    public var alreadyPresent: Int = 0
    /// Of those, failed.
    public var failed: Int = 0
    /// Files and records passed over as not articles.
    public var skipped: Int = 0
    /// Input files opened so far (an archive counts once however many articles it holds).
    public var files: Int = 0
    /// Input files in all, when counted beforehand (`ImportOptions.countFiles`): for an ETA.
    public var filesTotal: Int?

    /// Counts so far.
    public init(processed: Int = 0, stored: Int = 0, alreadyPresent: Int = 0, failed: Int = 0) {
        self.processed = processed
        self.stored = stored
        self.alreadyPresent = alreadyPresent
        self.failed = failed
    }
}
