#if PostgreSQL
    import Foundation
    import NewsStore
    import PostgresNIO

    /// A `postgresql://user:password@host:port/database` location, parsed into what postgres-nio
    /// connects with, and written back without its password for messages.
    struct PostgresLocation {
        var host: String
        var port: Int
        var user: String
        var password: String?
        var database: String
        /// `sslmode=require` (or `verify-full`): refuse an unencrypted connection.
        var requireTLS: Bool

        /// Whether a `--db` value names a PostgreSQL server rather than an SQLite file.
        static func isPostgreSQL(_ location: String) -> Bool {
            let lowered = location.lowercased()
            return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
        }

        /// - Throws: `NewsStoreError.cannotOpen` for a location that is not a PostgreSQL URL.
        init(_ text: String) throws {
            guard Self.isPostgreSQL(text), let components = URLComponents(string: text), let host = components.host,
                !host.isEmpty
            else {
                throw NewsStoreError.cannotOpen(
                    path: Self.redacted(text),
                    reason: "not a PostgreSQL URL; write postgresql://user@host:5432/database")
            }
            self.host = host
            port = components.port ?? 5432
            user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
            password = components.password.flatMap { $0.removingPercentEncoding }
            let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
            database = path.isEmpty ? user : path.removingPercentEncoding ?? path
            let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
            requireTLS = ["require", "verify-ca", "verify-full"].contains(mode)
        }

        /// The location as messages show it: no password.
        var description: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

        /// Any text that may hold a password, with the password replaced.
        static func redacted(_ text: String) -> String {
            guard var components = URLComponents(string: text), components.password != nil else { return text }
            components.password = "…"
            return components.string ?? "postgresql://…"
        }
    }
#endif
