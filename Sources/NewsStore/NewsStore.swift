import Foundation

/// The newsq knowledge store: one SQLite file of articles, authors, places, events and saved
/// queries. Open it, import articles, then search and list.
///
/// ```swift
/// let store = try NewsStore(path: "news.sqlite", access: .create)
/// let summary = store.importFiles(["SampleData"])
/// let hits = try store.search("mosul -dabiq")
/// ```
///
/// Not `Sendable`: a store owns one SQLite connection, used from one thread at a time.
public final class NewsStore {
    let db: Connection
    /// The database file.
    public let path: String
    /// Gazetteer index for place extraction, loaded on first use (it reads every place name).
    var cachedGazetteer: GazetteerIndex?

    /// How to treat a missing database file.
    public enum Access: Sendable {
        /// Create the file (and folders) when missing: write commands.
        case create
        /// The file must exist: read commands never create an empty database by mistake.
        case existing
    }

    /// Opens the database at `path`, creating it when `access` allows, and applies pending
    /// migrations.
    /// - Throws: `NewsStoreError.databaseNotFound` (missing file with `.existing`),
    ///   `.notADatabase`, `.databaseTooNew`, `.migrationFailed`, or `SQLiteError`.
    public init(path: String, access: Access) throws {
        self.path = path
        let isMemory = path == ":memory:"
        if !isMemory {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue {
                throw NewsStoreError.cannotOpen(
                    path: path, reason: "it is a folder; give a file such as \(path)/news.sqlite")
            }
            if !exists && access == .existing { throw NewsStoreError.databaseNotFound(path: path) }
            if !exists {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw NewsStoreError.unreadableInput(
                        path: folder.path, reason: "cannot create the database folder (\(error.localizedDescription))")
                }
            }
        }
        do {
            db = try Connection(path: path, mode: .create)
            try Migrator().migrate(db)
        } catch let error as SQLiteError where error.isNotADatabase {
            throw NewsStoreError.notADatabase(path: path, reason: error.message)
        } catch let error as SQLiteError where error.isCannotOpen {
            throw NewsStoreError.cannotOpen(
                path: path, reason: "SQLite could not open or create it (check the folder exists and is writable)")
        }
    }

    /// Applied and pending migrations, oldest first (`newsq migrate --status`).
    /// - Throws: `SQLiteError` when the bookkeeping table cannot be read.
    public func migrationStatus() throws -> [MigrationStatus] {
        try Migrator().status(of: db)
    }

    /// Applied and pending migrations of the database at `path`, read without applying any.
    /// - Throws: `NewsStoreError.databaseNotFound`, `.notADatabase`; `SQLiteError`.
    public static func migrationStatus(path: String) throws -> [MigrationStatus] {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
            throw NewsStoreError.databaseNotFound(path: path)
        }
        do {
            return try Migrator().status(of: try Connection(path: path, mode: .readOnly))
        } catch let error as SQLiteError where error.isNotADatabase {
            throw NewsStoreError.notADatabase(path: path, reason: error.message)
        } catch let error as SQLiteError where error.isCannotOpen {
            throw NewsStoreError.cannotOpen(
                path: path, reason: "SQLite could not open or create it (check the folder exists and is writable)")
        }
    }

    /// The SQLite library newsq runs on ("3.40.1").
    public static var sqliteVersion: String { Connection.libraryVersion }

    /// Counts of what the store holds.
    /// - Throws: `SQLiteError`.
    public func statistics() throws -> Statistics {
        func count(_ sql: String) throws -> Int { try db.queryFirst(sql) { $0.int(0) ?? 0 } ?? 0 }
        return Statistics(
            articles: try count("SELECT count(*) FROM article"),
            authors: try count("SELECT count(*) FROM author"),
            places: try count("SELECT count(*) FROM place"),
            mentionedPlaces: try count("SELECT count(DISTINCT place_id) FROM place_mention"),
            events: try count("SELECT count(*) FROM event"),
            savedQueries: try count("SELECT count(*) FROM saved_query"))
    }
}
