#if PostgreSQL
    import Foundation
    import NewsStore

    /// Applies the embedded `Migrations/postgresql/` files by the same rules as the SQLite migrator:
    /// append-only, numbered without gaps, each once in its own transaction with its bookkeeping row,
    /// a database written by a newer newsq refused. Two newsq processes opening a new database at
    /// once are serialized by a transaction-level advisory lock, so a migration never runs twice.
    struct PostgresMigrator {
        let migrations: [(version: Int, name: String, sql: String)]

        init(migrations: [(version: Int, name: String, sql: String)] = StorageEngineSupport.postgreSQLMigrations) {
            precondition(
                migrations.map(\.version) == Array(0..<migrations.count).map { $0 + 1 },
                "PostgreSQL migrations must be numbered 1, 2, 3 … without gaps")
            self.migrations = migrations
        }

        /// An arbitrary key for `pg_advisory_xact_lock`: newsq's migrations, whoever runs them.
        private static let lockKey = 7_326_587_001

        private static let createBookkeeping = """
            CREATE TABLE IF NOT EXISTS newsq_migration (
                version integer PRIMARY KEY,
                name text NOT NULL,
                applied_at text NOT NULL
            )
            """

        /// Applied and pending migrations, oldest first (newer ones the database has, too).
        func status(of session: PostgresSession) throws -> [MigrationStatus] {
            let applied = try appliedMigrations(session)
            var rows = migrations.map {
                StorageEngineSupport.migrationStatus(
                    version: $0.version, name: $0.name, appliedAt: applied[$0.version]?.appliedAt)
            }
            for (version, row) in applied where version > (migrations.last?.version ?? 0) {
                rows.append(
                    StorageEngineSupport.migrationStatus(version: version, name: row.name, appliedAt: row.appliedAt))
            }
            return rows.sorted { $0.version < $1.version }
        }

        /// Applies every pending migration; returns the versions applied.
        /// - Throws: `NewsStoreError.databaseTooNew`, `.migrationFailed` (that migration is rolled
        ///   back, earlier ones stay).
        @discardableResult
        func migrate(_ session: PostgresSession, location: String) throws -> [Int] {
            var done: [Int] = []
            for migration in migrations {
                let applied: Bool
                do {
                    applied = try apply(migration, session, location: location)
                } catch let error as PostgresStoreError where error.isInsufficientPrivilege {
                    // Asked after the rollback: the failed transaction answers nothing.
                    let user = try session.queryFirst("SELECT current_user AS name") { try $0.text("name") } ?? "newsq"
                    throw NewsStoreError.migrationFailed(
                        version: migration.version, name: migration.name,
                        reason: error.message + "; " + Self.privilegeAdvice(version: migration.version, user: user))
                }
                if applied { done.append(migration.version) }
            }
            return done
        }

        /// Applies `migration` unless the database has it; true when it was applied.
        private func apply(
            _ migration: (version: Int, name: String, sql: String), _ session: PostgresSession, location: String
        ) throws -> Bool {
            try session.transaction {
                try session.run("SELECT pg_advisory_xact_lock($1)", [Self.lockKey])
                try session.run(Self.createBookkeeping)
                let applied = try appliedMigrations(session)
                let known = migrations.last?.version ?? 0
                if let newest = applied.keys.max(), newest > known {
                    throw NewsStoreError.databaseTooNew(
                        path: location, databaseVersion: newest, supportedVersion: known)
                }
                guard applied[migration.version] == nil else { return false }
                do {
                    for statement in Self.statements(of: migration.sql) { try session.run(statement) }
                    try session.run(
                        "INSERT INTO newsq_migration(version, name, applied_at) VALUES ($1, $2, $3)",
                        [migration.version, migration.name, StorageEngineSupport.timestamp()])
                } catch let error as PostgresStoreError where !error.isInsufficientPrivilege {
                    throw NewsStoreError.migrationFailed(
                        version: migration.version, name: migration.name, reason: error.description)
                }
                return true
            }
        }

        /// What the newsq user `user` must be given when a migration was refused for want of a
        /// privilege (README, "Beyond one machine"): the extensions of 0001 (earthdistance is not a
        /// trusted extension) and the role newsq_reader of 0002 need more than owning the database.
        static func privilegeAdvice(version: Int, user: String) -> String {
            let quoted = "\"" + user.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            switch version {
            case 1:
                return "newsq's user must own the database (CREATE DATABASE news OWNER \(quoted)), and a superuser "
                    + "must first run CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE in it (earthdistance is "
                    + "not a trusted extension)"
            case 2:
                return "saved queries run as the role newsq_reader, which \(quoted) may not create or join: grant it "
                    + "CREATEROLE (ALTER ROLE \(quoted) CREATEROLE), or have an administrator make newsq_reader as "
                    + "README's \"Beyond one machine\" shows and GRANT newsq_reader TO \(quoted)"
            default:
                return "connect as the database's owner, or grant \(quoted) what the statement needs"
            }
        }

        private func appliedMigrations(_ session: PostgresSession) throws -> [Int: (name: String, appliedAt: String)] {
            let exists =
                try session.queryFirst("SELECT to_regclass('newsq_migration') IS NOT NULL AS found") {
                    try $0.bool("found")
                } ?? false
            guard exists else { return [:] }
            var result: [Int: (name: String, appliedAt: String)] = [:]
            for row in try session.query(
                "SELECT version::bigint AS version, name, applied_at FROM newsq_migration", [],
                {
                    (version: try $0.int("version"), name: try $0.text("name"), appliedAt: try $0.text("applied_at"))
                })
            {
                result[row.version] = (row.name, row.appliedAt)
            }
            return result
        }

        /// A migration file split into statements: each ends with a semicolon at the end of a line
        /// outside a dollar-quoted body; comment lines are dropped.
        static func statements(of sql: String) -> [String] {
            var statements: [String] = []
            var current: [Substring] = []
            var inDollarQuote = false
            for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !inDollarQuote && (trimmed.isEmpty || trimmed.hasPrefix("--")) { continue }
                current.append(line)
                if line.components(separatedBy: "$$").count % 2 == 0 { inDollarQuote.toggle() }
                if !inDollarQuote && trimmed.hasSuffix(";") {
                    statements.append(current.joined(separator: "\n"))
                    current = []
                }
            }
            let rest = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !rest.isEmpty { statements.append(rest) }
            return statements
        }
    }
#endif
