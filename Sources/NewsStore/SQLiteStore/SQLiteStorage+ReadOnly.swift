import Foundation

extension SQLiteStorage {
    /// Opens an existing newsq database for reading only: `SQLITE_OPEN_READONLY`, no migration,
    /// nothing written, so a read command leaves any file it is given byte-identical.
    ///
    /// It works on a read-only file and in a read-only folder. A WAL database needs its `-shm`
    /// file to be read; SQLite creates it when the folder is writable or uses it when it exists.
    /// In a read-only folder without one, and with no `-wal` file (a cleanly closed database
    /// holds every committed page in the file itself), it is opened `immutable`; with a `-wal`
    /// left beside it, reading the file alone would miss committed data, so it is refused with
    /// what to do.
    /// - Throws: `NewsStoreError.databaseNotFound`, `.cannotOpen`, `.notADatabase` (another
    ///   program's database, an empty file, not SQLite), `.databaseTooNew`,
    ///   `.databaseNeedsMigration` (an older newsq's schema: only writing commands migrate);
    ///   `SQLiteError`.
    static func openForReading(_ path: String) throws -> Connection {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw NewsStoreError.databaseNotFound(path: path)
        }
        if isFolder.boolValue {
            throw NewsStoreError.cannotOpen(
                path: path, reason: "it is a folder; give a file such as \(path)/news.sqlite")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw NewsStoreError.cannotOpen(path: path, reason: "it is not readable (check its permissions)")
        }
        let db: Connection
        do {
            db = try Connection(path: path, mode: .readOnly)
        } catch let error as SQLiteError where error.isCannotOpen || error.isReadOnly {
            db = try openImmutable(path, after: error)
        }
        try requireCurrentSchema(db, path: path)
        return db
    }

    /// The read-only-folder case of `openForReading`.
    private static func openImmutable(_ path: String, after error: SQLiteError) throws -> Connection {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let manager = FileManager.default
        guard !manager.isWritableFile(atPath: folder) else { throw error }
        let walSize = (try? manager.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? nil
        if let walSize, walSize > 0 {
            throw NewsStoreError.cannotOpen(
                path: path,
                reason: "its folder is read-only and it has unsaved changes in \(path)-wal that cannot be read "
                    + "without a -shm file there; open it once with write access to the folder, or copy the "
                    + "database and its -wal file to a writable folder")
        }
        return try Connection(path: path, mode: .immutable)
    }

    /// Refuses what a read must not open: not newsq's (empty, another program's tables), newer
    /// than this newsq, or older (a read never migrates; writing commands do).
    private static func requireCurrentSchema(_ db: Connection, path: String) throws {
        let tables = try db.query(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ) { try $0.text("name") }
        guard tables.contains("newsq_migration") else {
            throw NewsStoreError.notADatabase(
                path: path,
                reason: tables.isEmpty
                    ? "it is empty; nothing was changed"
                    : "it is an SQLite database of another program (\(tables.count) tables, none of them newsq's); "
                        + "nothing was changed")
        }
        let statuses = try Migrator().status(of: db)
        let known = Migrator().migrations.last?.version ?? 0
        let applied = statuses.filter { $0.appliedAt != nil }.map(\.version)
        let newest = applied.max() ?? 0
        if newest > known {
            throw NewsStoreError.databaseTooNew(path: path, databaseVersion: newest, supportedVersion: known)
        }
        if applied.count < known {
            throw NewsStoreError.databaseNeedsMigration(
                path: path, databaseVersion: newest, supportedVersion: known)
        }
    }
}
