#if PostgreSQL
    import Foundation
    import NewsStore

    /// A new, empty database on a server, for tests and benchmarks that need a store of their own:
    /// created through the server's URL (a role allowed to create databases), dropped with `drop()`.
    package struct PostgresScratchDatabase: Sendable {
        /// The URL of the new database (the server's URL with its database name replaced).
        package let url: String
        private let serverURL: String
        private let name: String

        /// Creates `newsq_scratch_<random>` on the server `serverURL` names.
        /// - Throws: `NewsStoreError.cannotOpen` when the server cannot be reached; `PostgresStoreError`.
        package init(serverURL: String) throws {
            let name = "newsq_scratch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let session = try PostgresSession(try PostgresLocation(serverURL))
            // The name is made here of [a-z0-9_], never user text: safe to write into the statement.
            try session.run("CREATE DATABASE \(name)")
            guard var components = URLComponents(string: serverURL) else {
                throw NewsStoreError.cannotOpen(path: serverURL, reason: "not a URL")
            }
            components.path = "/" + name
            self.url = components.string ?? serverURL
            self.serverURL = serverURL
            self.name = name
        }

        /// Drops the database, closing whatever connections it still has.
        /// - Throws: `PostgresStoreError`.
        package func drop() throws {
            let session = try PostgresSession(try PostgresLocation(serverURL))
            try session.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
#endif
