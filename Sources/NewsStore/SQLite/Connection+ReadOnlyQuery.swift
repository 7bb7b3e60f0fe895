import CSQLite
import Foundation

// Running a user's saved SQL safely. Nothing here looks at the SQL text: SQLite itself decides.
// 1. Prepared uncached, one statement only: SQLite's parser finds where the first statement
//    ends, and a tail that holds another statement is refused (a tail of comments is fine).
// 2. `sqlite3_stmt_readonly` must say the statement cannot write.
// 3. An authorizer, installed while preparing AND stepping (a schema change re-prepares inside
//    step), allows only SELECT, column reads, recursive CTEs, functions other than a few
//    dangerous ones, and a short list of read-only PRAGMAs. Flag pragmas such as
//    `PRAGMA foreign_keys = OFF` take effect while being *prepared*, so checking the statement
//    afterwards would be too late; the authorizer refuses them before that.
// 4. `PRAGMA query_only` is on for the duration, so even a write that slipped past both checks
//    would fail, and extension loading is switched off.
// 5. A progress handler stops the statement at a deadline on a monotonic clock.
extension Connection {
    /// Runs one read-only SQL statement that a user wrote, with named parameters, a time limit
    /// and a row cap.
    ///
    /// ```swift
    /// let result = try db.readOnlyQuery(
    ///     "SELECT title FROM article WHERE published_at >= :from", name: "recent",
    ///     parameters: ["from": .text("2016-10-01")], timeout: 5, rowLimit: 1_000)
    /// ```
    /// - Parameters:
    ///   - name: the saved query's name, for error messages.
    ///   - parameters: values by parameter name without its prefix (`place` for `:place`).
    ///   - timeout: seconds the statement may run (> 0).
    ///   - rowLimit: most rows returned (> 0); `truncated` says when there were more.
    /// - Throws: `NewsStoreError.invalidSavedQuery` when the SQL does not prepare, holds more
    ///   than one statement, could write, or uses something the authorizer refuses;
    ///   `NewsStoreError.parameterMismatch` for missing or unknown parameters;
    ///   `NewsStoreError.queryTimedOut` past the time limit; `SQLiteError` for other run-time
    ///   failures (a busy database).
    func readOnlyQuery(
        _ sql: String, name: String, parameters: [String: SQLiteValue], timeout: Double, rowLimit: Int
    ) throws -> QueryResult {
        precondition(timeout > 0 && timeout.isFinite, "the time limit must be a positive number of seconds")
        precondition(rowLimit > 0, "the row limit must be positive")
        let deadline = ContinuousClock.now.advanced(by: .seconds(timeout))
        return try withReadOnlyGuard(deadline: deadline) { sentry in
            let statement = try prepareReadOnly(sql, name: name, sentry: sentry)
            let expected = try namedParameters(of: statement, name: name)
            let missing = expected.filter { parameters[$0] == nil }
            let unknown = parameters.keys.filter { !expected.contains($0) }.sorted()
            guard missing.isEmpty && unknown.isEmpty else {
                var reasons: [String] = []
                if !missing.isEmpty { reasons.append("missing " + missing.joined(separator: ", ")) }
                if !unknown.isEmpty { reasons.append("unknown " + unknown.joined(separator: ", ")) }
                throw NewsStoreError.parameterMismatch(
                    name: name, reason: "parameters " + reasons.joined(separator: "; "), expected: expected)
            }
            for parameter in expected {
                if let value = parameters[parameter] { try statement.bind(value, named: parameter) }
            }
            let columns = statement.columnNames
            var rows: [[SQLiteValue]] = []
            var truncated = false
            while try step(statement, name: name, sentry: sentry, timeout: timeout) {
                guard rows.count < rowLimit else {
                    truncated = true
                    break
                }
                rows.append((0..<columns.count).map { statement.value(at: $0) })
            }
            statement.reset()
            return QueryResult(columns: columns, rows: rows, truncated: truncated)
        }
    }

    /// Checks that `sql` is one read-only statement the saved-query rules allow, without
    /// running it, and returns its named parameters (without prefix) in SQLite's order.
    /// `saved add` and import call this before storing a query.
    /// - Throws: `NewsStoreError.invalidSavedQuery`, as `readOnlyQuery` does.
    func readOnlyQueryParameters(_ sql: String, name: String) throws -> [String] {
        try withReadOnlyGuard(deadline: nil) { sentry in
            try namedParameters(of: prepareReadOnly(sql, name: name, sentry: sentry), name: name)
        }
    }

    /// Virtual tables of the schema, connected before the authorizer goes in: connecting one
    /// prepares its own statements on this connection (R*Tree prepares INSERTs into its shadow
    /// tables, every module touches sqlite_schema), which the authorizer would refuse. Once
    /// connected, a module stays connected until the schema changes. Keep in step with
    /// Migrations/ (ReadOnlyQueryTests checks that every virtual table is listed).
    static let virtualTableProbes: [(table: String, sql: String)] = [
        ("article_fts", "SELECT 1 FROM article_fts LIMIT 0"),
        ("place_rtree", "SELECT 1 FROM place_rtree LIMIT 0"),
    ]

    // MARK: Guard

    /// Shared with the C callbacks through `Unmanaged`.
    private final class ReadOnlyGuard {
        let deadline: ContinuousClock.Instant?
        /// What the authorizer last refused, in words ("INSERT into article").
        var denial: String?
        var timedOut = false

        init(deadline: ContinuousClock.Instant?) { self.deadline = deadline }

        /// Read-only pragmas whose argument, if any, names a table or index.
        static let allowedPragmas: Set<String> = [
            "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
            "foreign_key_list",
        ]
        /// Allowed only without an argument: FTS5 asks for it on every query.
        static let allowedBarePragmas: Set<String> = ["data_version"]
        /// Functions that reach outside the database or hand out C pointers; everything else
        /// (FTS5's match, bm25, snippet, highlight included) is allowed.
        static let deniedFunctions: Set<String> = [
            "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "fts5",
        ]

        func authorize(_ action: Int32, _ first: String?, _ second: String?) -> Int32 {
            switch action {
            case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
                return SQLITE_OK
            case SQLITE_FUNCTION:
                let function = (second ?? "").lowercased()
                if !ReadOnlyGuard.deniedFunctions.contains(function) { return SQLITE_OK }
                return deny("the function \(function)()")
            case SQLITE_PRAGMA:
                let pragma = (first ?? "").lowercased()
                if ReadOnlyGuard.allowedPragmas.contains(pragma)
                    || (ReadOnlyGuard.allowedBarePragmas.contains(pragma) && second == nil)
                {
                    return SQLITE_OK
                }
                return deny("PRAGMA \(pragma)" + (second.map { " = \($0)" } ?? ""))
            default:
                return deny(ReadOnlyGuard.words(for: action, first))
            }
        }

        private func deny(_ what: String) -> Int32 {
            denial = what
            return SQLITE_DENY
        }

        private static func words(for action: Int32, _ object: String?) -> String {
            let on = object.map { " \($0)" } ?? ""
            switch action {
            case SQLITE_INSERT: return "INSERT into" + on
            case SQLITE_UPDATE: return "UPDATE of" + on
            case SQLITE_DELETE: return "DELETE from" + on
            case SQLITE_ATTACH: return "ATTACH" + on
            case SQLITE_DETACH: return "DETACH" + on
            case SQLITE_TRANSACTION: return "transaction control (\(object ?? ""))"
            case SQLITE_SAVEPOINT: return "SAVEPOINT"
            case SQLITE_ALTER_TABLE: return "ALTER TABLE"
            case SQLITE_DROP_INDEX, SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_TABLE,
                SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_TEMP_VIEW, SQLITE_DROP_TRIGGER, SQLITE_DROP_VIEW,
                SQLITE_DROP_VTABLE:
                return "DROP" + on
            case SQLITE_CREATE_INDEX, SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_INDEX, SQLITE_CREATE_TEMP_TABLE,
                SQLITE_CREATE_TEMP_TRIGGER, SQLITE_CREATE_TEMP_VIEW, SQLITE_CREATE_TRIGGER, SQLITE_CREATE_VIEW,
                SQLITE_CREATE_VTABLE:
                return "CREATE" + on
            default: return "operation \(action)" + on
            }
        }

        func progress() -> Int32 {
            guard let deadline, ContinuousClock.now >= deadline else { return 0 }
            timedOut = true
            return 1
        }
    }

    /// Runs `body` with the authorizer and progress handler installed, `query_only` on and
    /// extension loading off; restores all of them afterwards, also on error.
    private func withReadOnlyGuard<T>(
        deadline: ContinuousClock.Instant?, _ body: (ReadOnlyGuard) throws -> T
    ) throws -> T {
        var loadExtension: Int32 = -1
        let code = newsq_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &loadExtension)
        guard code == SQLITE_OK else { throw error(code, sql: nil) }
        precondition(loadExtension == 0, "extension loading must stay off for saved queries")

        for probe in Connection.virtualTableProbes {
            // A missing table only means the query cannot use it; the query then fails on its own.
            _ = try? cachedStatement(probe.sql)
        }

        let wasQueryOnly = try queryFirst("PRAGMA query_only") { $0.int(0) } == 1
        if !wasQueryOnly { try execute("PRAGMA query_only = ON") }
        // Runs after the handlers below are gone (defers run in reverse), so the authorizer
        // does not refuse this PRAGMA.
        defer { if !wasQueryOnly { try? execute("PRAGMA query_only = OFF") } }

        // One step can build a huge value (zeroblob(1e9), printf('%.*c', …)) that the progress
        // handler cannot interrupt; a length limit stops it.
        let previousLength = sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, Int32(Connection.readOnlyValueLimit))
        defer { sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, previousLength) }

        let sentry = ReadOnlyGuard(deadline: deadline)
        // Why the unretained pointer is safe: SQLite calls both callbacks only synchronously,
        // on this thread, from inside sqlite3_prepare/step/reset on this connection (a
        // Connection is used from one thread at a time, see Connection). Both are installed and
        // removed inside `withExtendedLifetime(sentry)`, and the removal sits in a `defer`, so no
        // callback can run after `sentry` may be freed, whether `body` returns or throws.
        return try withExtendedLifetime(sentry) {
            let context = Unmanaged.passUnretained(sentry).toOpaque()
            let installed = sqlite3_set_authorizer(
                handle,
                { context, action, first, second, _, _ in
                    guard let context else { return SQLITE_DENY }
                    let sentry = Unmanaged<ReadOnlyGuard>.fromOpaque(context).takeUnretainedValue()
                    return sentry.authorize(
                        action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
                },
                context)
            guard installed == SQLITE_OK else { throw error(installed, sql: nil) }
            // Checked every 1000 virtual-machine steps: cheap, and well under a millisecond apart.
            sqlite3_progress_handler(
                handle, 1_000,
                { context in
                    guard let context else { return 1 }
                    return Unmanaged<ReadOnlyGuard>.fromOpaque(context).takeUnretainedValue().progress()
                },
                context)
            defer {
                sqlite3_progress_handler(handle, 0, nil, nil)
                sqlite3_set_authorizer(handle, nil, nil)
            }
            return try body(sentry)
        }
    }

    /// Largest string or blob, in bytes, a saved query may build or read (article bodies are far
    /// smaller).
    static let readOnlyValueLimit = 32 * 1024 * 1024

    // MARK: Preparing and stepping

    private static let readOnlyRule =
        "saved queries are read-only: writing, ATTACH, PRAGMA changes, transactions and extensions are not allowed"

    /// Prepares `sql` under the guard and checks it is one read-only statement.
    private func prepareReadOnly(_ sql: String, name: String, sentry: ReadOnlyGuard) throws -> Statement {
        guard !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw NewsStoreError.invalidSavedQuery(name: name, reason: "the SQL is empty")
        }
        let (first, tail) = splitFirstStatement(sql)
        sentry.denial = nil
        guard tailIsOnlyComments(tail, sentry: sentry) else {
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: "one statement only; remove everything after the first ';'")
        }
        let statement: Statement
        do {
            statement = try makeStatement(first)
        } catch let error as SQLiteError {
            throw refusal(error, name: name, sentry: sentry, doing: "SQLite cannot prepare it")
        }
        // A refused function call does not fail the prepare (SQLite reports it when stepping),
        // so look at the authorizer's record too: `saved add` must refuse it up front.
        guard statement.isReadOnly, sentry.denial == nil else {
            throw NewsStoreError.invalidSavedQuery(
                name: name,
                reason: Connection.readOnlyRule + (sentry.denial.map { " (refused: \($0))" } ?? ""))
        }
        return statement
    }

    /// The first statement of `sql` and the text after it, as SQLite's parser splits them
    /// (prepared under the authorizer, so nothing takes effect). When the first statement does
    /// not prepare, all of `sql` comes back as "first", for `makeStatement` to report the error.
    /// The tail pointer is read inside `withUnsafeBufferPointer`, where it is valid; a pointer
    /// from passing a Swift String straight to C dies when the call returns.
    private func splitFirstStatement(_ sql: String) -> (first: String, tail: String) {
        let text = sql.utf8CString
        let offset: Int? = text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(handle, base, -1, 0, &statement, &tail)
            sqlite3_finalize(statement)
            guard code == SQLITE_OK, let tail else { return nil }
            return base.distance(to: tail)
        }
        guard let offset, offset < sql.utf8.count else { return (sql, "") }
        let tail = String(decoding: sql.utf8.dropFirst(offset), as: UTF8.self)
        return (
            String(decoding: sql.utf8.prefix(offset), as: UTF8.self),
            tail.trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }

    /// True when the text after the first statement holds no statement (only comments). It is
    /// prepared under the authorizer too, so a PRAGMA in it cannot take effect while we look.
    private func tailIsOnlyComments(_ tail: String, sentry: ReadOnlyGuard) -> Bool {
        guard !tail.isEmpty else { return true }
        var tailHandle: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, tail, -1, 0, &tailHandle, nil)
        sqlite3_finalize(tailHandle)
        sentry.denial = nil
        return code == SQLITE_OK && tailHandle == nil
    }

    /// Named parameters without prefix, in index order.
    /// - Throws: `NewsStoreError.invalidSavedQuery` for positional (`?`, `?1`) parameters, or one
    ///   name used with two prefixes (`:place` and `$place`).
    private func namedParameters(of statement: Statement, name: String) throws -> [String] {
        let count = sqlite3_bind_parameter_count(statement.handle)
        guard count > 0 else { return [] }
        var names: [String] = []
        for index in 1...count {
            guard let raw = sqlite3_bind_parameter_name(statement.handle, index),
                raw.pointee != CChar(UInt8(ascii: "?"))
            else {
                throw NewsStoreError.invalidSavedQuery(
                    name: name, reason: "positional parameters (?) are not supported; use named parameters like :place")
            }
            let bare = String(String(cString: raw).dropFirst())
            guard !names.contains(bare) else {
                throw NewsStoreError.invalidSavedQuery(
                    name: name,
                    reason: "parameter \(bare) is written with two different prefixes; use :\(bare) throughout")
            }
            names.append(bare)
        }
        return names
    }

    private func step(_ statement: Statement, name: String, sentry: ReadOnlyGuard, timeout: Double) throws -> Bool {
        do {
            return try statement.step()
        } catch let error as SQLiteError {
            statement.reset()
            if sentry.timedOut && error.isInterrupt {
                throw NewsStoreError.queryTimedOut(name: name, seconds: timeout)
            }
            if sentry.denial != nil { throw refusal(error, name: name, sentry: sentry, doing: "") }
            if error.primaryCode == Int(SQLITE_TOOBIG) {
                throw NewsStoreError.invalidSavedQuery(
                    name: name,
                    reason: "a value grew past \(Connection.readOnlyValueLimit / 1024 / 1024) MB, "
                        + "the limit for saved queries; return less text per row")
            }
            throw error
        }
    }

    /// Turns a prepare/step failure into the error a user sees: the read-only rule when the
    /// authorizer refused, SQLite's own words otherwise.
    private func refusal(_ error: SQLiteError, name: String, sentry: ReadOnlyGuard, doing: String) -> NewsStoreError {
        if let denial = sentry.denial {
            return .invalidSavedQuery(
                name: name, reason: "\(Connection.readOnlyRule) (refused: \(denial); SQLite: \(error.message))")
        }
        if error.code == Int(SQLITE_OK) {
            return .invalidSavedQuery(name: name, reason: "the SQL holds no statement, only comments")
        }
        return .invalidSavedQuery(name: name, reason: "\(doing): \(error.message)")
    }
}
