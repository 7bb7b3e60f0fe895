/// What `NewsStore.optimize()` did: the database's size on disk before and after.
public struct OptimizeSummary: Sendable, Hashable {
    /// Bytes on disk before (the database file and its write-ahead log).
    public let bytesBefore: Int
    /// Bytes on disk after.
    public let bytesAfter: Int
    /// True when free pages were given back to the file system (`VACUUM`).
    public let reclaimedSpace: Bool
    /// Stored copies of shipped gazetteer places dropped because no article mentions them and
    /// the gazetteer image holds them (databases made before the image kept the whole gazetteer).
    public let gazetteerPlacesDropped: Int

    /// Makes a summary.
    public init(bytesBefore: Int, bytesAfter: Int, reclaimedSpace: Bool, gazetteerPlacesDropped: Int = 0) {
        self.bytesBefore = bytesBefore
        self.bytesAfter = bytesAfter
        self.reclaimedSpace = reclaimedSpace
        self.gazetteerPlacesDropped = gazetteerPlacesDropped
    }
}
