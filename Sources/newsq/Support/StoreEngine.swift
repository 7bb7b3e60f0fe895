import Foundation
import NewsStore

#if PostgreSQL
    import NewsStorePostgres
#endif

/// Picks the storage engine by the location's scheme: a `postgresql://` (or `postgres://`) URL
/// is a PostgreSQL server, anything else an SQLite file. The PostgreSQL engine exists only in a
/// newsq built with `--traits PostgreSQL`; without it a URL is refused with how to get one.
enum StoreEngine {
    /// Whether `location` names a PostgreSQL server.
    static func isServer(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// Opens the store at `location` with the engine its scheme names.
    /// - Throws: `NewsStoreError.cannotOpen` for a server URL in a build without PostgreSQL;
    ///   what the engine's open throws.
    static func open(_ location: String, access: NewsStore.Access) throws -> NewsStore {
        guard isServer(location) else { return try NewsStore(path: location, access: access) }
        #if PostgreSQL
            return NewsStore(storage: try PostgresStorage(url: location, readOnly: access == .readOnly))
        #else
            throw NewsStoreError.cannotOpen(
                path: redacted(location),
                reason: "this newsq was built without PostgreSQL; build it with `swift build --traits PostgreSQL`")
        #endif
    }

    /// A URL as messages show it: without its password.
    static func redacted(_ location: String) -> String {
        guard var components = URLComponents(string: location), components.password != nil else { return location }
        components.password = "…"
        return components.string ?? location
    }
}
