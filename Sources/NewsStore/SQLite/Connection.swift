import CSQLite
import Foundation

/// One SQLite connection, set up the same way every time: extended result codes, foreign keys
/// on, double-quoted string literals off, recursive triggers on (so REPLACE keeps the full-text
/// index right), a busy timeout, and WAL for files. Closed in `deinit`.
///
/// Not `Sendable`: a connection and its cached statements are used from one thread at a time.
final class Connection {
    private(set) var handle: OpaquePointer?
    private var cache: [String: Statement] = [:]
    let path: String

    /// How a connection opens its file.
    enum Mode {
        /// Read and write; create the file when it is missing.
        case create
        /// Read and write an existing file.
        case readWrite
        /// Read an existing file.
        case readOnly
        /// Read an existing file that nothing changes while it is open (SQLite's `immutable=1`):
        /// no locks, no `-shm`. Only for a WAL database with no `-wal` file in a folder this
        /// process cannot write, where SQLite cannot create the `-shm` a read needs
        /// (https://www.sqlite.org/wal.html#readonly); the file then holds every committed page.
        case immutable
    }

    /// Opens (and for `.create`, creates) the database at `path`; ":memory:" for a private
    /// in-memory database.
    /// - Throws: `SQLiteError` when the file cannot be opened, is not a database, or the linked
    ///   SQLite lacks FTS5.
    init(path: String, mode: Mode = .create) throws {
        self.path = path
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        }
        var handle: OpaquePointer?
        let name = mode == .immutable ? Self.immutableURI(path) : path
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard code == SQLITE_OK else {
            let error = SQLiteError(code: code, connection: handle, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        try configure(writable: mode == .create || mode == .readWrite)
    }

    /// `file:` URI for `path` with `immutable=1`; the path is percent-encoded so a `?` or `#` in
    /// a file name stays part of it.
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:" + encoded + "?immutable=1"
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func configure(writable: Bool) throws {
        try check(sqlite3_extended_result_codes(handle, 1))
        try check(sqlite3_busy_timeout(handle, 5_000))
        var ignored: Int32 = 0
        try check(newsq_db_config_int(handle, SQLITE_DBCONFIG_DQS_DML, 0, &ignored))
        try check(newsq_db_config_int(handle, SQLITE_DBCONFIG_DQS_DDL, 0, &ignored))
        try check(newsq_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &ignored))
        try execute("PRAGMA recursive_triggers = ON")
        guard sqlite3_compileoption_used("ENABLE_FTS5") != 0 else {
            throw SQLiteError(
                code: SQLITE_ERROR,
                message: "the linked SQLite \(Connection.libraryVersion) was built without FTS5; "
                    + "install a build with FTS5 (Debian's libsqlite3 has it)",
                sql: nil)
        }
        // Reading the schema here also turns "file is not a database" into an error at open.
        if writable && path != ":memory:" && !path.isEmpty {
            try execute("PRAGMA journal_mode = WAL")
            // In WAL mode NORMAL is still crash-safe; it skips an fsync per commit.
            try execute("PRAGMA synchronous = NORMAL")
            // Big transactions (a gazetteer load) stay in memory instead of spilling pages early.
            try execute("PRAGMA cache_size = -65536")
            // Statement journals (every INSERT that fires a trigger inside a transaction) stay in
            // memory: on disk the first gazetteer load made 3.4 million pwrite calls.
            try execute("PRAGMA temp_store = MEMORY")
        } else {
            try execute("SELECT count(*) FROM sqlite_schema")
        }
    }

    /// The linked SQLite's version ("3.40.1").
    static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// Whether a connection option is on, as SQLite reports it (for tests of the fixed setup).
    func configOption(_ option: ConfigOption) throws -> Bool {
        var value: Int32 = 0
        let op: Int32
        switch option {
        case .foreignKeys: op = SQLITE_DBCONFIG_ENABLE_FKEY
        case .doubleQuotedStringsInDML: op = SQLITE_DBCONFIG_DQS_DML
        case .doubleQuotedStringsInDDL: op = SQLITE_DBCONFIG_DQS_DDL
        }
        try check(newsq_db_config_int(handle, op, -1, &value))
        return value != 0
    }

    enum ConfigOption { case foreignKeys, doubleQuotedStringsInDML, doubleQuotedStringsInDDL }

    func error(_ code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(code: code, connection: handle, sql: sql)
    }

    func check(_ code: Int32, sql: String? = nil) throws {
        guard code == SQLITE_OK else { throw error(code, sql: sql) }
    }

    // MARK: Statements

    /// A cached prepared statement for `sql`, reset with bindings cleared. Hot loops call this
    /// with the same text and never re-prepare.
    /// - Throws: `SQLiteError` when it does not prepare or holds no statement.
    func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = cache[sql] {
            statement.reset()
            return statement
        }
        guard let statement = try Statement.prepare(connection: self, sql: sql, persistent: true) else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "the SQL holds no statement", sql: sql)
        }
        cache[sql] = statement
        return statement
    }

    /// A new, uncached statement for the first statement of `sql` (text that runs once, such
    /// as a user's saved query); nil when the text holds only whitespace and comments.
    /// - Throws: `SQLiteError` when it does not prepare.
    func makeStatement(_ sql: String) throws -> Statement? {
        try Statement.prepare(connection: self, sql: sql, persistent: false)
    }

    /// Runs one or more statements with no parameters and no results (schema scripts, pragmas).
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            throw SQLiteError(
                code: sqlite3_extended_errcode(handle),
                message: message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code)),
                sql: sql)
        }
    }

    /// Runs one statement with bound values, ignoring any rows.
    func run(_ sql: String, _ values: [any SQLiteBindable] = []) throws {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Runs a query and maps each row.
    func query<T>(_ sql: String, _ values: [any SQLiteBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(values)
        var results: [T] = []
        while try statement.step() {
            results.append(try map(Row(statement)))
        }
        return results
    }

    /// The first row of a query, mapped, or nil when there is none.
    func queryFirst<T>(_ sql: String, _ values: [any SQLiteBindable] = [], _ map: (Row) throws -> T) throws -> T? {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(values)
        return try statement.step() ? map(Row(statement)) : nil
    }

    /// The rowid of the last successful INSERT.
    var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Total rows changed since the connection opened (to prove a refused query wrote nothing).
    var totalChanges: Int { Int(sqlite3_total_changes(handle)) }

    /// True when the connection cannot write its main database (opened read-only or immutable).
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// True outside any transaction.
    var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }
}
