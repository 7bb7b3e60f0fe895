import ArgumentParser
import Foundation
import NewsStore

#if PostgreSQL
    import NewsStorePostgres
#endif

/// `--db`, shared by every command that opens the store, and the rules for finding the
/// database: `--db`, else `NEWSQ_DB`, else `$XDG_DATA_HOME/newsq/news.sqlite`
/// (`~/.local/share/newsq/news.sqlite`). Only that last, default database is created with the
/// sample data on first use; a path the user names must exist for read commands.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Database file, or a postgresql:// URL. Default: $NEWSQ_DB, else $XDG_DATA_HOME/newsq/news.sqlite.",
            valueName: "path"),
        completion: .file())
    var db: String?

    /// Where the database is, and whether it is the built-in default.
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> (
        path: String, isDefault: Bool
    ) {
        if let db { return (db, false) }
        if let path = environment["NEWSQ_DB"], !path.isEmpty { return (path, false) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return (dataHome + "/newsq/news.sqlite", true)
    }

    /// Applied and pending migrations of the database, read without applying any.
    /// - Throws: what reading the bookkeeping throws (`databaseNotFound` for a missing file).
    func migrationStatus() throws -> [MigrationStatus] {
        let path = location().path
        guard StoreEngine.isServer(path) else { return try NewsStore.migrationStatus(path: path) }
        #if PostgreSQL
            return try PostgresStorage.migrationStatus(url: path)
        #else
            return try StoreEngine.open(path, access: .readOnly).migrationStatus()  // says how to build it
        #endif
    }

    /// Opens the store. A missing default database is created and loaded with the sample data
    /// (said on stderr), whatever the command; a missing named database is created only for
    /// write commands. Read commands pass `.readOnly`: the file is opened read-only and never
    /// migrated (an older schema is answered with `newsq migrate`). Without `--db`, read commands
    /// go to `NEWSQ_DB_READ` when it is set (a standby of the `NEWSQ_DB` primary).
    func open(
        _ access: NewsStore.Access, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> NewsStore {
        if access == .readOnly, db == nil, let standby = environment["NEWSQ_DB_READ"], !standby.isEmpty {
            return try StoreEngine.open(standby, access: .readOnly)
        }
        let (path, isDefault) = location(environment: environment)
        guard isDefault, !FileManager.default.fileExists(atPath: path) else {
            return try StoreEngine.open(path, access: access)
        }
        // On a machine that has not run this build yet, the gazetteer image is made first: seconds.
        Console.note("first run: creating \(path) with the sample data")
        Console.noteGazetteerImage()
        let (store, summary) = try NewsStore.createWithSampleData(at: path)
        Console.note(
            "created \(path) with the sample data (\(summary.articles) article\(summary.articles == 1 ? "" : "s"), "
                + "a gazetteer of \(summary.places.formatted()) places, \(summary.savedQueries) saved queries); "
                + "use --db or NEWSQ_DB for another database")
        return store
    }
}
