/// What can go wrong in the store besides SQLite itself.
///
/// Each case carries the data a caller needs to act on it (paths, names, values, the parameters
/// a query expects); `description` says it in plain words. The words name no command-line flag
/// or subcommand: a program built on the library adds its own hints (newsq's CLI maps each case
/// to the option a user would type).
public enum NewsStoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A read-only open named a database file that does not exist.
    case databaseNotFound(path: String)
    /// The database file cannot be opened or created (a folder, no permission, no such folder).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a newsq/SQLite database.
    case notADatabase(path: String, reason: String)
    /// A newer version migrated this database.
    case databaseTooNew(path: String, databaseVersion: Int, supportedVersion: Int)
    /// A read-only open found a database an older version wrote, with migrations still to apply;
    /// a read never migrates, so the caller opens it for writing (or migrates it) first.
    case databaseNeedsMigration(path: String, databaseVersion: Int, supportedVersion: Int)
    /// A migration failed and was rolled back.
    case migrationFailed(version: Int, name: String, reason: String)
    /// An input file could not be read or understood.
    case unreadableInput(path: String, reason: String)
    /// A search query the parser could not make sense of.
    case invalidQuery(query: String, reason: String)
    /// A raw FTS5 expression that FTS5 refuses; `message` is SQLite's ("fts5: syntax error near …").
    case invalidFTS5Expression(expression: String, message: String)
    /// No article with this id.
    case articleNotFound(id: Int)
    /// No place known by this name.
    case placeNotFound(name: String)
    /// No saved query with this name.
    case savedQueryNotFound(name: String)
    /// A saved query with this name exists, and the caller did not ask to replace it.
    case savedQueryExists(name: String)
    /// A saved query could not be stored, loaded or run.
    case invalidSavedQuery(name: String, reason: String)
    /// A saved query's parameters do not match what it expects (`expected`: its parameter names).
    case parameterMismatch(name: String, reason: String, expected: [String])
    /// A saved query ran past its time limit of `seconds` and was stopped.
    case queryTimedOut(name: String, seconds: Double)
    /// A search ran past its time limit of `seconds` and was stopped.
    case searchTimedOut(query: String, seconds: Double)
    /// A backup could not be made at `path` (nothing is left there).
    case backupFailed(path: String, reason: String)
    /// A gazetteer file is not in the GeoNames layout.
    case invalidGazetteer(path: String, line: Int, reason: String)
    /// An argument value that cannot be used. `name` says what it is in plain words ("distance",
    /// "country"), never how a program spells the option.
    case invalidArgument(name: String, value: String, reason: String)
    /// The storage engine cannot do this yet (the PostgreSQL engine is being built up).
    case notYetSupported(operation: String, engine: String)

    public var description: String {
        switch self {
        case .databaseNotFound(let path):
            return "no database at \(path)"
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .notADatabase(let path, let reason):
            return "\(path) is not a news store database (\(reason))"
        case .databaseTooNew(let path, let databaseVersion, let supportedVersion):
            return "\(path) was written by a newer newsq (schema version \(databaseVersion); this version knows "
                + "up to \(supportedVersion)); upgrade to open it"
        case .databaseNeedsMigration(let path, let databaseVersion, let supportedVersion):
            return "\(path) has schema version \(databaseVersion), older than this version's \(supportedVersion), "
                + "and a read does not change it; migrate it first (opening it for writing does)"
        case .migrationFailed(let version, let name, let reason):
            return "migration \(version) (\(name)) failed and was rolled back: \(reason)"
        case .unreadableInput(let path, let reason):
            return "\(path): \(reason)"
        case .invalidQuery(let query, let reason):
            return "cannot search for \(query.debugDescription): \(reason)"
        case .invalidFTS5Expression(let expression, let message):
            return "cannot search for \(expression.debugDescription): \(message) (raw FTS5 syntax); fix the "
                + "expression, or use the plain search language (\(Self.plainLanguage))"
        case .articleNotFound(let id):
            return "no article with id \(id)"
        case .placeNotFound(let name):
            return "no place called \(name.debugDescription) in the gazetteer or the articles"
        case .savedQueryNotFound(let name):
            return "no saved query named \(name.debugDescription)"
        case .savedQueryExists(let name):
            return "saved query \(name.debugDescription): a saved query with this name exists; remove it first "
                + "or replace it"
        case .invalidSavedQuery(let name, let reason):
            return "saved query \(name.debugDescription): \(reason)"
        case .parameterMismatch(let name, let reason, let expected):
            let list =
                expected.isEmpty
                ? "it takes no parameters" : "it expects " + expected.map { ":" + $0 }.joined(separator: ", ")
            return "saved query \(name.debugDescription): \(reason); \(list)"
        case .queryTimedOut(let name, let seconds):
            return "saved query \(name.debugDescription) was stopped after \(seconds.formatted()) s; "
                + "narrow it, or allow it more time"
        case .searchTimedOut(let query, let seconds):
            return "search for \(query.debugDescription) was stopped after \(seconds.formatted()) s; "
                + "narrow the query, or allow it more time"
        case .backupFailed(let path, let reason):
            return "cannot back up to \(path): \(reason)"
        case .invalidGazetteer(let path, let line, let reason):
            return "\(path):\(line): \(reason); expected the GeoNames dump layout (19 tab-separated columns)"
        case .invalidArgument(let name, let value, let reason):
            return "invalid \(name) \(value.debugDescription): \(reason)"
        case .notYetSupported(let operation, let engine):
            return "not yet on \(engine): \(operation); an SQLite database can do it"
        }
    }

    /// The plain search language in a few examples, for errors about raw FTS5 expressions.
    public static let plainLanguage = "words, \"phrases\", OR, -word, title:word"
}
