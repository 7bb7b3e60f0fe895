/// What can go wrong in newsq besides SQLite itself, in words a user can act on.
public enum NewsStoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A read command named a database file that does not exist.
    case databaseNotFound(path: String)
    /// The database file cannot be opened or created (a folder, no permission, no such folder).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a newsq/SQLite database.
    case notADatabase(path: String, reason: String)
    /// A newer newsq migrated this database.
    case databaseTooNew(path: String, databaseVersion: Int, supportedVersion: Int)
    /// A migration failed and was rolled back.
    case migrationFailed(version: Int, name: String, reason: String)
    /// An input file could not be read or understood.
    case unreadableInput(path: String, reason: String)
    /// A search query the parser could not make sense of.
    case invalidQuery(query: String, reason: String)
    /// No article with this id.
    case articleNotFound(id: Int)
    /// No place known by this name.
    case placeNotFound(name: String)
    /// No saved query with this name.
    case savedQueryNotFound(name: String)
    /// A saved query could not be stored, loaded or run.
    case invalidSavedQuery(name: String, reason: String)
    /// A saved query's parameters do not match what it expects.
    case parameterMismatch(name: String, reason: String, expected: [String])
    /// A saved query ran past its time limit and was stopped.
    case queryTimedOut(name: String, seconds: Double)
    /// A gazetteer file is not in the GeoNames layout.
    case invalidGazetteer(path: String, line: Int, reason: String)
    /// An argument value that cannot be used.
    case invalidArgument(name: String, value: String, reason: String)

    public var description: String {
        switch self {
        case .databaseNotFound(let path):
            return "no database at \(path); check the path, or omit --db to use the default database"
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .notADatabase(let path, let reason):
            return "\(path) is not a newsq database (\(reason)); point --db at a newsq database file"
        case .databaseTooNew(let path, let databaseVersion, let supportedVersion):
            return "\(path) was written by a newer newsq (schema version \(databaseVersion); this newsq knows up to "
                + "\(supportedVersion)); upgrade newsq to open it"
        case .migrationFailed(let version, let name, let reason):
            return "migration \(version) (\(name)) failed and was rolled back: \(reason)"
        case .unreadableInput(let path, let reason):
            return "\(path): \(reason)"
        case .invalidQuery(let query, let reason):
            return "cannot search for \(query.debugDescription): \(reason)"
        case .articleNotFound(let id):
            return "no article with id \(id); `newsq articles` lists them"
        case .placeNotFound(let name):
            return
                "no place called \(name.debugDescription) in the gazetteer or the articles; `newsq places` lists known places"
        case .savedQueryNotFound(let name):
            return "no saved query named \(name.debugDescription); `newsq saved list` shows them"
        case .invalidSavedQuery(let name, let reason):
            return "saved query \(name.debugDescription): \(reason)"
        case .parameterMismatch(let name, let reason, let expected):
            let list =
                expected.isEmpty
                ? "it takes no parameters" : "it expects " + expected.map { "--param \($0)=…" }.joined(separator: " ")
            return "saved query \(name.debugDescription): \(reason); \(list)"
        case .queryTimedOut(let name, let seconds):
            return "saved query \(name.debugDescription) was stopped after \(seconds.formatted()) s; "
                + "narrow it, or allow more time with --timeout"
        case .invalidGazetteer(let path, let line, let reason):
            return "\(path):\(line): \(reason); expected the GeoNames dump layout (19 tab-separated columns)"
        case .invalidArgument(let name, let value, let reason):
            return "invalid \(name) \(value.debugDescription): \(reason)"
        }
    }
}
