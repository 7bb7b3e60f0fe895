import NewsStore

extension NewsStoreError {
    /// The library's names for argument values, and the newsq options that give them.
    static let optionNames = ["distance": "--within", "country": "--country"]

    /// The error as newsq words it: the library's description, plus the option or subcommand
    /// that helps the user out. The library knows nothing of the command line; this is the one
    /// place that ties its errors to newsq's flags.
    var commandLineMessage: String {
        switch self {
        case .databaseNotFound:
            return description + "; check the path, or omit --db to use the default database"
        case .notADatabase(let path, let reason):
            return "\(path) is not a newsq database (\(reason)); point --db at a newsq database file"
        case .databaseTooNew(let path, let databaseVersion, let supportedVersion):
            return "\(path) was written by a newer newsq (schema version \(databaseVersion); this newsq knows up to "
                + "\(supportedVersion)); upgrade newsq to open it"
        case .databaseNeedsMigration(let path, let databaseVersion, let supportedVersion):
            return "\(path) has schema version \(databaseVersion), older than this newsq's \(supportedVersion), and "
                + "read commands do not change a database; run `newsq migrate --db \(path)` to upgrade it"
        case .invalidFTS5Expression(let expression, let message):
            return "cannot search for \(expression.debugDescription): \(message) (raw FTS5 syntax); fix the "
                + "expression, or drop --raw to use the plain search language (\(Self.plainLanguage))"
        case .articleNotFound:
            return description + "; `newsq articles` lists them"
        case .placeNotFound:
            return description + "; `newsq places` lists known places"
        case .savedQueryNotFound:
            return description + "; `newsq saved list` shows them"
        case .savedQueryExists(let name):
            return "saved query \(name.debugDescription): a saved query with this name exists; remove it first "
                + "or use --replace"
        case .parameterMismatch(let name, let reason, let expected):
            let list =
                expected.isEmpty
                ? "it takes no parameters" : "it expects " + expected.map { "--param \($0)=…" }.joined(separator: " ")
            return "saved query \(name.debugDescription): \(reason); \(list)"
        case .queryTimedOut(let name, let seconds):
            return "saved query \(name.debugDescription) was stopped after \(seconds.formatted()) s; "
                + "narrow it, or allow more time with --timeout"
        case .searchTimedOut(let query, let seconds):
            return "search stopped after \(seconds.formatted()) s: \(query.debugDescription) takes longer than that; "
                + "narrow the query or raise --timeout"
        case .invalidArgument(let name, let value, let reason):
            guard let option = Self.optionNames[name] else { return description }
            return "invalid \(option) \(value.debugDescription): \(reason)"
        case .cannotOpen, .migrationFailed, .backupFailed, .unreadableInput, .invalidQuery, .invalidSavedQuery,
            .invalidGazetteer, .notYetSupported:
            return description
        }
    }
}
