import Foundation

/// Applies the embedded migrations to a database, each once, in its own `BEGIN IMMEDIATE`
/// transaction together with its bookkeeping row and a foreign-key check.
struct Migrator {
    let migrations: [Migration]

    init(migrations: [Migration] = Migration.embedded) {
        precondition(
            migrations.map(\.version) == Array(0..<migrations.count).map { $0 + 1 },
            "migrations must be numbered 1, 2, 3 … without gaps")
        self.migrations = migrations
    }

    private static let createBookkeeping = """
        CREATE TABLE IF NOT EXISTS newsq_migration (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """

    /// Applied and pending migrations, oldest first.
    func status(of db: Connection) throws -> [MigrationStatus] {
        let applied = try appliedMigrations(db)
        var rows = migrations.map {
            MigrationStatus(version: $0.version, name: $0.name, appliedAt: applied[$0.version]?.appliedAt)
        }
        // Migrations a newer newsq applied, which this binary does not know.
        for (version, row) in applied where version > (migrations.last?.version ?? 0) {
            rows.append(MigrationStatus(version: version, name: row.name, appliedAt: row.appliedAt))
        }
        return rows.sorted { $0.version < $1.version }
    }

    /// Applies every pending migration. Returns the versions it applied.
    ///
    /// Each migration runs as SQLite's own recipe for schema changes says
    /// (https://www.sqlite.org/lang_altertable.html#otheralter), as GRDB's migrator does:
    /// foreign keys are switched off *before* `BEGIN IMMEDIATE` (inside a transaction the
    /// pragma does nothing, and a table rebuild — create new, copy, drop, rename — would then
    /// cascade the DROP into every child table), the migration and its bookkeeping row run, a
    /// `foreign_key_check` must come back empty before COMMIT, and foreign keys are switched
    /// back on afterwards whether the migration worked or not.
    /// - Throws: `NewsStoreError.databaseTooNew` when a newer newsq wrote the database;
    ///   `NewsStoreError.migrationFailed` when a migration's SQL or foreign-key check fails
    ///   (that migration is rolled back, the earlier ones stay).
    @discardableResult
    func migrate(_ db: Connection) throws -> [Int] {
        precondition(db.isAutocommit, "migrate outside any transaction: foreign keys cannot be switched off inside one")
        let applied = try appliedMigrations(db)
        let known = migrations.last?.version ?? 0
        if let newest = applied.keys.max(), newest > known {
            throw NewsStoreError.databaseTooNew(path: db.path, databaseVersion: newest, supportedVersion: known)
        }
        var done: [Int] = []
        for migration in migrations where applied[migration.version] == nil {
            do {
                try withForeignKeysOff(db, for: migration) { try apply(migration, to: db) }
            } catch let error as SQLiteError {
                throw NewsStoreError.migrationFailed(
                    version: migration.version, name: migration.name, reason: error.description)
            }
            done.append(migration.version)
        }
        return done
    }

    private func apply(_ migration: Migration, to db: Connection) throws {
        try db.transaction(.immediate) {
            try db.execute(Migrator.createBookkeeping)
            try db.execute(migration.sql)
            try db.run(
                "INSERT INTO newsq_migration(version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, Timestamp.now()])
            let violation = try db.queryFirst("PRAGMA foreign_key_check") { row in
                (table: try row.text("table"), rowid: try row.optionalInt("rowid"), parent: try row.text("parent"))
            }
            if let violation {
                let row = violation.rowid.map { "row \($0)" } ?? "a row"
                throw NewsStoreError.migrationFailed(
                    version: migration.version, name: migration.name,
                    reason: "foreign key check failed in table \(violation.table): \(row) refers to a missing "
                        + "row of \(violation.parent)")
            }
        }
    }

    /// Runs `body` with foreign-key enforcement off, then switches it back on (also when
    /// `body` throws) and checks that it is on. A failure to switch it back is thrown unless
    /// `body` already threw: then `body`'s error is the one to report.
    private func withForeignKeysOff(_ db: Connection, for migration: Migration, _ body: () throws -> Void) throws {
        try db.execute("PRAGMA foreign_keys = OFF")
        let outcome = Result { try body() }
        let restored = Result {
            try db.execute("PRAGMA foreign_keys = ON")
            guard try db.configOption(.foreignKeys) else {
                throw NewsStoreError.migrationFailed(
                    version: migration.version, name: migration.name,
                    reason: "foreign keys could not be switched back on after it")
            }
        }
        try outcome.get()
        try restored.get()
    }

    private func appliedMigrations(_ db: Connection) throws -> [Int: (name: String, appliedAt: String)] {
        let exists =
            try db.queryFirst(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'newsq_migration'"
            ) { _ in true } ?? false
        guard exists else { return [:] }
        var result: [Int: (name: String, appliedAt: String)] = [:]
        let rows = try db.query("SELECT version, name, applied_at FROM newsq_migration") { row in
            (version: try row.int("version"), name: try row.text("name"), appliedAt: try row.text("applied_at"))
        }
        for row in rows { result[row.version] = (row.name, row.appliedAt) }
        return result
    }
}
