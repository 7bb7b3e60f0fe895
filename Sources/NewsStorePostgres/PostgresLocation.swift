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
        /// How the connection is encrypted, from `sslmode=`: `disable` on loopback and `prefer`
        /// elsewhere unless the URL says.
        var tlsMode: TLSMode
        /// `sslrootcert=`: a PEM file of the certificates a server's must chain to (the system's
        /// trusted roots when absent), for `verify-ca` and `verify-full`.
        var rootCertificates: String?

        /// The `sslmode` values newsq understands, as libpq spells them.
        enum TLSMode: String, CaseIterable {
            /// No TLS.
            case disable
            /// TLS when the server offers it, unverified; plain otherwise.
            case prefer
            /// TLS or no connection, the certificate not verified (libpq's `require`).
            case require
            /// TLS with a certificate that chains to a trusted root, any host name.
            case verifyCA = "verify-ca"
            /// TLS with a trusted certificate issued for the host connected to.
            case verifyFull = "verify-full"
        }

        /// Whether a `--db` value names a PostgreSQL server rather than an SQLite file.
        static func isPostgreSQL(_ location: String) -> Bool {
            let lowered = location.lowercased()
            return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
        }

        /// - Throws: `NewsStoreError.cannotOpen` for a location that is not a PostgreSQL URL,
        ///   `.invalidArgument` for an `sslmode` newsq does not know.
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
            let items = components.queryItems ?? []
            if let mode = items.last(where: { $0.name == "sslmode" })?.value ?? nil {
                guard let parsed = TLSMode(rawValue: mode) else {
                    throw NewsStoreError.invalidArgument(
                        name: "sslmode", value: mode,
                        reason: "write one of " + TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
                            + " in the postgresql:// URL")
                }
                tlsMode = parsed
            } else {
                tlsMode = Self.isLoopback(host) ? .disable : .prefer
            }
            rootCertificates = items.last { $0.name == "sslrootcert" }?.value.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// A host on this machine, where TLS protects nothing a local user could not read anyway.
        static func isLoopback(_ host: String) -> Bool {
            let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
            return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
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
