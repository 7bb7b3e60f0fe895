extension NewsStore {
    /// Checks the store: the file's integrity, the references between rows, the full-text index
    /// against the articles, the coordinate index against the places, and rows nothing uses any
    /// more (authors with no article, places from text no article mentions). Changes nothing.
    ///
    /// ```swift
    /// let report = try store.checkHealth()
    /// if !report.passed { print(report.failures.map { $0.problem ?? "" }) }
    /// ```
    /// - Throws: `SQLiteError` when a check cannot run (a busy database).
    public func checkHealth() throws -> HealthReport {
        try storage.checkHealth()
    }

    /// Rebuilds the full-text and coordinate indexes where they are wrong and deletes rows that
    /// point nowhere and orphans, in one transaction; then checks again. Each check of the
    /// report says what was done for it. A damaged file is left untouched (restore a backup).
    ///
    /// ```swift
    /// let report = try store.repair()
    /// for check in report.checks { if let done = check.repair { print(done) } }
    /// ```
    /// - Throws: `SQLiteError` (nothing is changed).
    @discardableResult
    public func repair() throws -> HealthReport {
        try storage.repair()
    }

    /// Copies the store into a new file at `path` with SQLite's online backup API: one consistent
    /// snapshot, taken while other processes may go on writing. The copy is readable by its owner
    /// only. Returns its size in bytes.
    ///
    /// ```swift
    /// try store.backup(to: "news-2016-10-18.sqlite")
    /// ```
    /// - Throws: `NewsStoreError.backupFailed` when a file is at `path` already (a backup never
    ///   overwrites), the folder is missing or not writable, or the copy fails; nothing is left.
    @discardableResult
    public func backup(to path: String) throws -> Int {
        try storage.backup(to: path)
    }

    /// Merges the full-text index into one segment and refreshes the query planner's statistics;
    /// with `reclaimSpace` (the default) also rewrites the file without its free pages (`VACUUM`,
    /// which takes a while and needs the file's size in free disk space). After a large import,
    /// `optimize(reclaimSpace: false)` is the quick part.
    ///
    /// ```swift
    /// let summary = try store.optimize()
    /// print(summary.bytesBefore, summary.bytesAfter)
    /// ```
    /// - Throws: `SQLiteError` (a busy database, a full disk).
    @discardableResult
    public func optimize(reclaimSpace: Bool = true) throws -> OptimizeSummary {
        try storage.optimize(reclaimSpace: reclaimSpace)
    }
}
