#if PostgreSQL
    import Foundation
    import NewsStore
    import PostgresNIO

    /// The PostgreSQL engine behind `NewsStore`: one connection to a server named by a
    /// `postgresql://` URL, the schema of `Migrations/postgresql/` applied on open. The same
    /// knowledge as the SQLite engine in the same shape; full text through a weighted `tsvector`
    /// column and newsq's query language compiled to `tsquery`, `--near` through earthdistance.
    ///
    /// ```swift
    /// let store = NewsStore(storage: try PostgresStorage(url: "postgresql://newsq@127.0.0.1:5432/news"))
    /// ```
    ///
    /// What this engine cannot do yet throws `NewsStoreError.notYetSupported` naming the operation.
    /// Not `Sendable`: it owns one connection, used from one thread at a time.
    package final class PostgresStorage: NewsStorage {
        let session: PostgresSession
        let readOnly: Bool
        /// Where the data lives, without the password.
        package let location: String
        /// Gazetteer index for place extraction, built on first use (it reads every place name).
        var cachedGazetteer: GazetteerIndex?

        /// The engine's name in messages.
        static let engine = "PostgreSQL"

        /// Connects to the server at `url` and applies pending migrations, unless `readOnly`: then
        /// the schema must be this newsq's already and every transaction is read-only on the server.
        /// - Throws: `NewsStoreError.cannotOpen` (bad URL, server unreachable, login refused),
        ///   `.databaseTooNew`, `.databaseNeedsMigration` (`readOnly` only), `.migrationFailed`.
        package init(url: String, readOnly: Bool = false) throws {
            let parsed = try PostgresLocation(url)
            location = parsed.description
            self.readOnly = readOnly
            session = try PostgresSession(parsed)
            let migrator = PostgresMigrator()
            if readOnly {
                try session.run("SET default_transaction_read_only = on")
                let known = migrator.migrations.last?.version ?? 0
                let applied = try migrator.status(of: session).filter { $0.appliedAt != nil }.map(\.version).max() ?? 0
                if applied > known {
                    throw NewsStoreError.databaseTooNew(
                        path: location, databaseVersion: applied, supportedVersion: known)
                }
                if applied < known {
                    throw NewsStoreError.databaseNeedsMigration(
                        path: location, databaseVersion: applied, supportedVersion: known)
                }
            } else {
                let standby = try session.queryFirst("SELECT pg_is_in_recovery() AS standby") { try $0.bool("standby") }
                if standby == true {
                    throw NewsStoreError.cannotOpen(
                        path: location,
                        reason: "it is a read-only standby of a primary server; send writes to the primary "
                            + "(reading commands work here)")
                }
                try migrator.migrate(session, location: location)
            }
        }

        /// Whether a `--db` value names a PostgreSQL server (`postgresql://` or `postgres://`).
        package static func isPostgreSQL(_ location: String) -> Bool { PostgresLocation.isPostgreSQL(location) }

        /// The error for an operation this engine does not have yet.
        static func notYet(_ operation: String) -> NewsStoreError {
            NewsStoreError.notYetSupported(operation: operation, engine: engine)
        }

        package func migrationStatus() throws -> [MigrationStatus] {
            try PostgresMigrator().status(of: session)
        }

        /// Applied and pending migrations of the database at `url`, read without applying any
        /// (`newsq migrate --status`); on a standby too.
        /// - Throws: `NewsStoreError.cannotOpen`; `PostgresStoreError`.
        package static func migrationStatus(url: String) throws -> [MigrationStatus] {
            try PostgresMigrator().status(of: try PostgresSession(try PostgresLocation(url)))
        }

        package func statistics() throws -> Statistics {
            try session.queryFirst(
                """
                SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM author) AS authors,
                       (SELECT count(*) FROM place) AS places,
                       (SELECT count(DISTINCT place_id) FROM place_mention) AS mentioned_places,
                       (SELECT count(*) FROM event) AS events, (SELECT count(*) FROM saved_query) AS saved_queries
                """
            ) { row in
                StorageEngineSupport.statistics(
                    articles: try row.int("articles"), authors: try row.int("authors"), places: try row.int("places"),
                    mentionedPlaces: try row.int("mentioned_places"), events: try row.int("events"),
                    savedQueries: try row.int("saved_queries"))
            }
                ?? StorageEngineSupport.statistics(
                    articles: 0, authors: 0, places: 0, mentionedPlaces: 0, events: 0, savedQueries: 0)
        }

        package func undatedArticleCount() throws -> Int {
            try session.queryFirst("SELECT count(*) AS undated FROM article WHERE published_at IS NULL") {
                try $0.int("undated")
            } ?? 0
        }

        package func inTransaction<T>(_ body: () throws -> T) throws -> T {
            try session.transaction("BEGIN", body)
        }

        // MARK: Not yet on PostgreSQL

        package func checkHealth() throws -> HealthReport { throw Self.notYet("checking the store's health") }
        package func repair() throws -> HealthReport { throw Self.notYet("repairing the store") }
        package func backup(to path: String) throws -> Int {
            throw Self.notYet("backup to a file (use pg_dump or pg_basebackup)")
        }
        package func importGazetteer(_ path: String) throws -> GazetteerImportSummary {
            throw Self.notYet("importing a GeoNames gazetteer")
        }

        /// Refreshes the planner's statistics (`ANALYZE`); `reclaimSpace` is PostgreSQL's `VACUUM`,
        /// which the server's autovacuum does already, so it is not run from here.
        package func optimize(reclaimSpace: Bool) throws -> OptimizeSummary {
            let size = try databaseSize()
            try session.run("ANALYZE")
            return OptimizeSummary(bytesBefore: size, bytesAfter: try databaseSize(), reclaimedSpace: false)
        }

        private func databaseSize() throws -> Int {
            try session.queryFirst("SELECT pg_database_size(current_database()) AS size") { try $0.int("size") } ?? 0
        }
    }
#endif
