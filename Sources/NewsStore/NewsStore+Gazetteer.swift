extension NewsStore {
    /// Imports a GeoNames dump (cities500.txt, allCountries.txt: 19 tab-separated columns) to
    /// extend the gazetteer. Idempotent; places articles named but the gazetteer lacked get
    /// their coordinates when the file has them. All or nothing.
    ///
    /// ```swift
    /// let summary = try store.importGazetteer("cities500.txt")
    /// ```
    /// - Throws: `NewsStoreError.invalidGazetteer` naming the first bad line (nothing is written),
    ///   `.unreadableInput` for a missing or compressed file; `SQLiteError`.
    public func importGazetteer(_ path: String) throws -> GazetteerImportSummary {
        try storage.importGazetteer(path)
    }

    /// Whether the shipped gazetteer's image is ready for this build of the program: when it is
    /// not, the first extraction builds it (a few seconds, once), and a CLI can say so first.
    public static var gazetteerImageIsReady: Bool { GazetteerImageCache.shippedIsCached() }
}
