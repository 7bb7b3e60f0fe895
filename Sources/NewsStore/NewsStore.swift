import Foundation

/// The newsq knowledge store: articles, authors, places, events and saved queries. Open it,
/// import articles, then search and list.
///
/// ```swift
/// let store = try NewsStore(path: "news.sqlite", access: .create)
/// let summary = store.importFiles(["SampleData"])
/// let hits = try store.search("mosul -dabiq")
/// ```
///
/// The facade does the engine-free work — reading files, cleaning, extracting, parsing the
/// query language — and hands storage to a `NewsStorage` engine (SQLite today).
///
/// Not `Sendable`: a store owns one database connection, used from one thread at a time.
public final class NewsStore {
    /// The engine that keeps the data.
    let storage: any NewsStorage
    /// The database file.
    public let path: String

    /// How to treat a missing database file.
    public enum Access: Sendable {
        /// Create the file (and folders) when missing: write commands.
        case create
        /// The file must exist: commands that change a database never create an empty one by
        /// mistake when given a wrong path.
        case existing
        /// The file must exist and be a newsq database at this version's schema; it is opened with
        /// `SQLITE_OPEN_READONLY`, never migrated and never written (read commands). It works on a
        /// read-only file or folder.
        case readOnly
    }

    /// Opens the SQLite database at `path`, creating it when `access` allows, and applies
    /// pending migrations — except with `.readOnly`, which changes nothing.
    /// - Throws: `NewsStoreError.databaseNotFound` (missing file with `.existing` or `.readOnly`),
    ///   `.cannotOpen`, `.notADatabase`, `.databaseTooNew`, `.databaseNeedsMigration` (`.readOnly`
    ///   only), `.migrationFailed`, or `SQLiteError`.
    public convenience init(path: String, access: Access) throws {
        try self.init(storage: SQLiteStorage(path: path, access: access))
    }

    /// A store over any storage engine.
    package init(storage: any NewsStorage) {
        self.storage = storage
        self.path = storage.location
    }

    /// Applied and pending migrations, oldest first (`newsq migrate --status`).
    /// - Throws: `SQLiteError` when the bookkeeping table cannot be read.
    public func migrationStatus() throws -> [MigrationStatus] {
        try storage.migrationStatus()
    }

    /// Applied and pending migrations of the database at `path`, read without applying any.
    /// - Throws: `NewsStoreError.databaseNotFound`, `.notADatabase`; `SQLiteError`.
    public static func migrationStatus(path: String) throws -> [MigrationStatus] {
        try SQLiteStorage.migrationStatus(path: path)
    }

    /// The SQLite library newsq runs on ("3.40.1").
    public static var sqliteVersion: String { Connection.libraryVersion }

    /// Counts of what the store holds.
    /// - Throws: `SQLiteError`.
    public func statistics() throws -> Statistics {
        try storage.statistics()
    }
}
