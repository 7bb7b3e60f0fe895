import Foundation

/// The SQLite engine behind `NewsStore`: one database file (or ":memory:") reached through one
/// `Connection`, migrated on open. Its SQL lives in this folder, each query beside the decoder
/// that reads its rows.
///
/// Not `Sendable`: it owns one connection, used from one thread at a time.
final class SQLiteStorage: NewsStorage {
    let db: Connection
    /// The database file, or ":memory:".
    let path: String
    /// Gazetteer index for place extraction, built on first use (it reads every place name).
    var cachedGazetteer: GazetteerIndex?

    var location: String { path }

    /// Opens (creating when `access` allows) and migrates the database at `path`; with
    /// `.readOnly`, opens it with `SQLITE_OPEN_READONLY` and never migrates (see `openForReading`).
    /// - Throws: `NewsStoreError.databaseNotFound`, `.cannotOpen`, `.notADatabase`,
    ///   `.databaseTooNew`, `.databaseNeedsMigration`, `.migrationFailed`; `SQLiteError`.
    init(path: String, access: NewsStore.Access) throws {
        self.path = path
        do {
            if access == .readOnly && path != ":memory:" {
                db = try Self.openForReading(path)
                return
            }
            if path != ":memory:" {
                try Self.prepareLocation(path, access: access)
                try Self.refuseForeignDatabase(path)
            }
            db = try Connection(path: path, mode: .create)
            try Migrator().migrate(db)
        } catch let error as SQLiteError {
            throw Self.openError(error, path: path)
        }
    }

    /// Checks the path is not a folder and exists when it must; otherwise creates the database
    /// file, readable by its owner only (0600, and 0700 for a folder it makes): people keep their
    /// research in it. SQLite gives the WAL and shared-memory files the same permissions.
    private static func prepareLocation(_ path: String, access: NewsStore.Access) throws {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue {
            throw NewsStoreError.cannotOpen(
                path: path, reason: "it is a folder; give a file such as \(path)/news.sqlite")
        }
        if !exists && access == .existing { throw NewsStoreError.databaseNotFound(path: path) }
        guard !exists else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            if !FileManager.default.fileExists(atPath: folder.path) {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw NewsStoreError.unreadableInput(
                path: folder.path, reason: "cannot create the database folder (\(error.localizedDescription))")
        }
        // An empty file is a new database to SQLite; creating it here sets its permissions.
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        else {
            throw NewsStoreError.cannotOpen(path: path, reason: "cannot create the file (check the folder is writable)")
        }
    }

    /// Refuses an SQLite file that holds another program's tables and no newsq schema, before
    /// anything is written to it: migrating it would add newsq's tables and switch it to WAL.
    private static func refuseForeignDatabase(_ path: String) throws {
        let db = try Connection(path: path, mode: .readOnly)
        let tables = try db.query(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ) { try $0.text("name") }
        guard !tables.isEmpty, !tables.contains("newsq_migration") else { return }
        throw NewsStoreError.notADatabase(
            path: path,
            reason: "it is an SQLite database of another program (\(tables.count) tables, none of them newsq's); "
                + "nothing was changed")
    }

    /// SQLite's words for a file it cannot use, turned into the store's.
    private static func openError(_ error: SQLiteError, path: String) -> Error {
        if error.isNotADatabase { return NewsStoreError.notADatabase(path: path, reason: error.message) }
        if error.isCannotOpen {
            return NewsStoreError.cannotOpen(
                path: path, reason: "SQLite could not open or create it (check the folder exists and is writable)")
        }
        return error
    }

    func migrationStatus() throws -> [MigrationStatus] {
        try Migrator().status(of: db)
    }

    /// Applied and pending migrations of the database at `path`, read without applying any.
    /// - Throws: `NewsStoreError.databaseNotFound`, `.notADatabase`, `.cannotOpen`; `SQLiteError`.
    static func migrationStatus(path: String) throws -> [MigrationStatus] {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else {
            throw NewsStoreError.databaseNotFound(path: path)
        }
        do {
            return try Migrator().status(of: try Connection(path: path, mode: .readOnly))
        } catch let error as SQLiteError {
            throw openError(error, path: path)
        }
    }

    func statistics() throws -> Statistics {
        try db.queryFirst(
            """
            SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM author) AS authors,
                   (SELECT count(*) FROM place) AS places,
                   (SELECT count(DISTINCT place_id) FROM place_mention) AS mentioned_places,
                   (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM saved_query) AS saved_queries
            """
        ) { row in
            Statistics(
                articles: try row.int("articles"), authors: try row.int("authors"), places: try row.int("places"),
                mentionedPlaces: try row.int("mentioned_places"), events: try row.int("events"),
                savedQueries: try row.int("saved_queries"))
        } ?? Statistics(articles: 0, authors: 0, places: 0, mentionedPlaces: 0, events: 0, savedQueries: 0)
    }

    func inTransaction<T>(_ body: () throws -> T) throws -> T {
        try db.isAutocommit ? db.transaction(.immediate, body) : db.savepoint("nested", body)
    }

    // MARK: Articles

    func storedArticle(contentHash: String) throws -> StoredArticleReference? {
        try db.queryFirst("SELECT id, title FROM article WHERE content_hash = ?", [contentHash]) { row in
            StoredArticleReference(id: try row.int("id"), title: try row.text("title"))
        }
    }

    func write(_ extracted: ExtractedArticle, contentHash: String, origin: String) throws -> Int {
        try inTransaction { try ArticleWriter(db: db).write(extracted, hash: contentHash, origin: origin) }
    }

    // MARK: Gazetteer

    func gazetteerIndex() throws -> GazetteerIndex {
        if let cachedGazetteer { return cachedGazetteer }
        try prepareGazetteer()
        let index = try GazetteerIndex.load(from: db, shipped: try GazetteerImageCache.shipped.get())
        cachedGazetteer = index
        return index
    }

    @discardableResult
    func prepareGazetteer() throws -> Int {
        // A read-only store cannot save the shipped countries; the index adds them from the
        // shipped files anyway, so reading goes on without them in the table.
        if try !db.isReadOnly && db.queryFirst("SELECT 1 AS found FROM country LIMIT 1", [], { _ in true }) == nil {
            try GazetteerLoader.loadShippedCountries(into: db)
            cachedGazetteer = nil
        }
        return try GazetteerImageCache.shipped.get().count
    }

    func importGazetteer(_ path: String) throws -> GazetteerImportSummary {
        try prepareGazetteer()
        let counts = try GazetteerLoader(db: db).loadFile(at: path)
        cachedGazetteer = nil
        return GazetteerImportSummary(added: counts.added, updated: counts.updated, unchanged: counts.unchanged)
    }
}
