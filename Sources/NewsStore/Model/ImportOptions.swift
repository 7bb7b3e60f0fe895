import Foundation

/// How `NewsStore.importFiles` works through its inputs.
public struct ImportOptions: Sendable {
    /// Threads that read, clean and extract articles while one writer stores them in input
    /// order; 0 does everything on the calling thread. Defaults to one per active core.
    public var workers: Int
    /// False stores articles without place and event extraction (`newsq import --no-extract`);
    /// `NewsStore.extractPending` fills them in later.
    public var extract: Bool
    /// Most articles written in one transaction.
    public var batchSize: Int
    /// A batch is committed once it has gathered articles for this long, however few.
    public var batchDuration: Duration
    /// Asked between batches: once cancelled, the import stops after the batch being written.
    public var cancellation: ImportCancellation?
    /// The publication day of every article imported, for sources that carry no date; it
    /// replaces whatever date an article gives.
    public var publishedOverride: CalendarDay?
    /// Count the files first (one extra folder walk) so progress can tell an ETA.
    public var countFiles = false

    /// Options for an import; the defaults use every core and extract.
    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, extract: Bool = true, batchSize: Int = 500,
        batchDuration: Duration = .seconds(1), cancellation: ImportCancellation? = nil
    ) {
        self.workers = workers
        self.extract = extract
        self.batchSize = max(batchSize, 1)
        self.batchDuration = batchDuration
        self.cancellation = cancellation
    }

    /// Jobs in flight at once: enough to keep every worker busy while the writer commits,
    /// few enough that memory stays flat.
    var window: Int { max(2 * workers, 1) }
}
