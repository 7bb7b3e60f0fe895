import CSQLite
import Foundation

// Scoped restrictions for running SQL that someone else wrote. Each installs one SQLite
// mechanism for the duration of `body` and takes it away again, also when `body` throws; a
// failure to take it away is thrown unless `body` already threw. None of them knows what the
// SQL is for: which actions are allowed, how long and how big are the caller's choice.
extension Connection {
    /// Runs `body` with `authorizer` deciding what every statement prepared (or re-prepared
    /// inside step) may do. A refused action fails the prepare or step with SQLITE_AUTH, and
    /// `authorizer.lastDenial` says what it was.
    /// - Throws: `SQLiteError` when the authorizer cannot be installed or removed; whatever
    ///   `body` throws.
    func withAuthorizer<T>(_ authorizer: Authorizer, _ body: () throws -> T) throws -> T {
        // Why the unretained pointer is safe: SQLite calls the authorizer only synchronously,
        // on this thread, from inside prepare/step on this connection (a Connection is used
        // from one thread at a time). It is removed before `withExtendedLifetime` ends, whether
        // `body` returns or throws, so no call can reach a freed authorizer.
        try withExtendedLifetime(authorizer) {
            let context = Unmanaged.passUnretained(authorizer).toOpaque()
            try check(
                sqlite3_set_authorizer(
                    handle,
                    { context, action, first, second, _, _ in
                        guard let context else { return SQLITE_DENY }
                        return Unmanaged<Authorizer>.fromOpaque(context).takeUnretainedValue().authorize(
                            action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
                    },
                    context))
            return try withCleanup(body) { try check(sqlite3_set_authorizer(handle, nil, nil)) }
        }
    }

    /// Runs `body` so that any statement still running at `deadline` is interrupted; the
    /// statement then fails with SQLITE_INTERRUPT and `deadline.expired` is true. Two mechanisms,
    /// because neither reaches everywhere: a progress handler checks the clock between
    /// virtual-machine steps (cheap and exact for ordinary SQL), and an `InterruptTimer` calls
    /// `sqlite3_interrupt` from another thread at the deadline, which also stops a virtual table
    /// busy inside one step (FTS5 expanding `x* x* x* …`).
    /// - Throws: whatever `body` throws.
    func withDeadline<T>(_ deadline: Deadline, _ body: () throws -> T) throws -> T {
        // Safe for the same reason as the authorizer's pointer above.
        try withExtendedLifetime(deadline) {
            let context = Unmanaged.passUnretained(deadline).toOpaque()
            // Checked every 1000 virtual-machine steps: cheap, and well under a millisecond apart.
            sqlite3_progress_handler(
                handle, 1_000,
                { context in
                    guard let context else { return 1 }
                    return Unmanaged<Deadline>.fromOpaque(context).takeUnretainedValue().hasPassed() ? 1 : 0
                },
                context)
            let remaining = ContinuousClock.now.duration(to: deadline.instant)
            let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) * 1e-18
            let timer = seconds > 0 ? InterruptTimer(handle: handle, seconds: seconds) : nil
            // Disarmed before the handler goes and before this returns: no interrupt can reach a
            // later statement. sqlite3_progress_handler returns nothing to check.
            defer {
                if timer?.disarm() == true { deadline.expire() }
                sqlite3_progress_handler(handle, 0, nil, nil)
            }
            do {
                return try body()
            } catch {
                if timer?.disarm() == true { deadline.expire() }
                throw error
            }
        }
    }

    /// Runs `body` with strings and blobs limited to `bytes` (lowered, never raised, and
    /// restored afterwards). One step can build a huge value — `zeroblob(1e9)`,
    /// `printf('%.*c', 1e9, 'x')` — that a progress handler cannot interrupt, since it is one
    /// virtual-machine operation; the limit makes SQLite fail it with SQLITE_TOOBIG as soon as it
    /// grows past `bytes`. Reading a stored value longer than `bytes` fails the same way.
    func withLengthLimit<T>(_ bytes: Int, _ body: () throws -> T) throws -> T {
        precondition(bytes > 0, "a length limit is a positive number of bytes")
        let current = sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, -1)
        let lowered = Int32(clamping: min(bytes, Int(current)))
        // sqlite3_limit returns the previous value, not a result code.
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, lowered)
        defer { sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, current) }
        return try body()
    }

    /// Runs `body` with `PRAGMA query_only` on, so any write fails, and with extension loading
    /// switched off. Meant to be the outermost restriction: it sets the pragma back after an
    /// authorizer that refuses pragmas is gone.
    /// - Throws: `SQLiteError` when either cannot be set or restored; whatever `body` throws.
    func withQueryOnly<T>(_ body: () throws -> T) throws -> T {
        var loadExtension: Int32 = -1
        try check(newsq_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &loadExtension))
        precondition(loadExtension == 0, "SQLite did not switch extension loading off")
        let wasQueryOnly = try queryFirst("PRAGMA query_only") { try $0.bool("query_only") } ?? false
        if wasQueryOnly { return try body() }
        try execute("PRAGMA query_only = ON")
        return try withCleanup(body) { try execute("PRAGMA query_only = OFF") }
    }

    /// Connects the named virtual tables that exist in the schema. Connecting one prepares the
    /// module's own statements on this connection (R*Tree prepares INSERTs into its shadow
    /// tables, every module reads sqlite_schema), which an authorizer for someone else's SQL
    /// would refuse; so connect first, then install the authorizer. A module stays connected
    /// until the schema changes, and the probe statements stay cached.
    /// - Throws: `SQLiteError` when a table that exists cannot be connected.
    func connectVirtualTables(_ names: [String]) throws {
        for name in names {
            let exists = try queryFirst(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ? AND sql LIKE 'CREATE VIRTUAL TABLE%'",
                [name]
            ) { _ in true }
            guard exists == true else { continue }
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            _ = try cachedStatement("SELECT 1 FROM \(quoted) LIMIT 0")
        }
    }

    /// Runs `body`, then `cleanup` whether `body` threw or not. `body`'s error wins; a
    /// `cleanup` failure is thrown only when `body` succeeded (GRDB's `throwingFirstError`).
    private func withCleanup<T>(_ body: () throws -> T, _ cleanup: () throws -> Void) throws -> T {
        let outcome = Result { try body() }
        let cleaned = Result { try cleanup() }
        let value = try outcome.get()
        try cleaned.get()
        return value
    }
}
