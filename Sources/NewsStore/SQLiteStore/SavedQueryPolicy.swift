import Foundation

/// What a user's saved SQL query may do on a newsq database, and the words for what it may not.
///
/// Nothing here reads the SQL text: SQLite decides, through the mechanisms in `SQLite/`.
/// 1. The text is prepared uncached; SQLite's parser finds where the first statement ends, and
///    a tail that holds another statement is refused (a tail of comments is fine).
/// 2. `Statement.isReadOnly` must say the statement cannot write.
/// 3. An `Authorizer`, installed while preparing AND stepping (a schema change re-prepares
///    inside step), allows only SELECT, column reads, recursive CTEs, functions other than a
///    few dangerous ones, and a short list of read-only PRAGMAs. Flag pragmas such as
///    `PRAGMA foreign_keys = OFF` take effect while being *prepared*, so checking the statement
///    afterwards would be too late; the authorizer refuses them before that.
/// 4. `PRAGMA query_only` is on for the duration, so even a write that slipped past both checks
///    would fail, and extension loading is off.
/// 5. A `Deadline` stops the statement at its time limit; a length limit stops a single step
///    that builds a huge value, which no deadline can interrupt; a byte budget stops the rows
///    once the values read take that much memory (a row cap alone let 30 MB rows take GBs).
///
/// ```swift
/// let result = try SavedQueryPolicy(db: db).run(
///     "SELECT title FROM article WHERE published_at >= :from", name: "recent",
///     parameters: ["from": .text("2016-10-01")], timeout: 5, rowLimit: 1_000, byteLimit: 64 << 20)
/// ```
///
/// Not `Sendable`: it runs on a connection, which is used from one thread at a time.
struct SavedQueryPolicy {
    let db: Connection

    /// The virtual tables a saved query may read. They are connected before the authorizer goes
    /// in (see `Connection.connectVirtualTables`), since connecting one runs statements the
    /// authorizer would refuse; an unlisted one cannot be read. Keep in step with Migrations/
    /// (ReadOnlyQueryTests checks that every virtual table of the schema is listed). Their
    /// shadow tables (`article_fts_data`, `place_rtree_node` …) are plain tables: reading them
    /// is allowed like any other read.
    static let virtualTables = ["article_fts", "place_rtree"]

    /// What the authorizer allows a saved query.
    static let rules = Authorizer.Rules(
        actions: [.select, .read, .recursive],
        // Functions that reach outside the database or hand out C pointers; everything else
        // (FTS5's match, bm25, snippet, highlight included) is allowed.
        deniedFunctions: ["load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "fts5"],
        // Read-only pragmas whose argument, if any, names a table or index.
        pragmas: [
            "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
            "foreign_key_list",
        ],
        // FTS5 asks for data_version on every query.
        barePragmas: ["data_version"])

    /// Largest string or blob, in bytes, a saved query may build or read (article bodies are far
    /// smaller).
    static let valueLimit = 32 * 1024 * 1024

    private static let readOnlyRule =
        "saved queries are read-only: writing, ATTACH, PRAGMA changes, transactions and extensions are not allowed"

    /// Largest total size, in bytes, of the values a saved query returns by default.
    static let defaultByteLimit = 64 * 1024 * 1024

    /// Runs one read-only SQL statement that a user wrote, with named parameters, a time limit,
    /// a row cap and a byte budget.
    /// - Parameters:
    ///   - name: the saved query's name, for error messages.
    ///   - parameters: values by parameter name without its prefix (`place` for `:place`).
    ///   - timeout: seconds the statement may run (> 0).
    ///   - rowLimit: most rows returned (> 0); `truncatedBy` says when there were more.
    ///   - byteLimit: most bytes of values returned (> 0; text and blobs count their length,
    ///     numbers 8): the rows stop before the one that would pass it, and `truncatedBy` says
    ///     so. Memory stays under this plus one value (`valueLimit`).
    /// - Throws: `NewsStoreError.invalidSavedQuery` when the SQL does not prepare, holds more
    ///   than one statement, could write, uses something the authorizer refuses, or builds a
    ///   value past `valueLimit`; `NewsStoreError.parameterMismatch` for missing or unknown
    ///   parameters; `NewsStoreError.queryTimedOut` past the time limit; `SQLiteError` for other
    ///   run-time failures (a busy database).
    func run(
        _ sql: String, name: String, parameters: [String: SQLiteValue], timeout: Double, rowLimit: Int,
        byteLimit: Int = SavedQueryPolicy.defaultByteLimit
    ) throws -> QueryResult {
        precondition(timeout > 0 && timeout.isFinite, "the time limit must be a positive number of seconds")
        precondition(rowLimit > 0, "the row limit must be positive")
        precondition(byteLimit > 0, "the byte limit must be positive")
        let deadline = Deadline(secondsFromNow: timeout)
        return try guarded(deadline: deadline) { authorizer in
            let statement = try prepare(sql, name: name, authorizer: authorizer)
            defer { statement.reset() }
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
            for (offset, parameter) in expected.enumerated() {
                if let value = parameters[parameter] { try statement.bind(value, toParameterAt: offset) }
            }
            let columns = statement.columnNames
            var rows: [[SQLiteValue]] = []
            var bytes = 0
            while try step(statement, name: name, authorizer: authorizer, deadline: deadline, timeout: timeout) {
                guard rows.count < rowLimit else {
                    return QueryResult(columns: columns, rows: rows, truncatedBy: .rows)
                }
                // Column by column, so a row of many huge values stops at the first one past the budget.
                var row: [SQLiteValue] = []
                row.reserveCapacity(columns.count)
                for column in 0..<columns.count {
                    let value = statement.value(at: column)
                    bytes += value.budgetBytes
                    guard bytes <= byteLimit else {
                        return QueryResult(columns: columns, rows: rows, truncatedBy: .bytes)
                    }
                    row.append(value)
                }
                rows.append(row)
            }
            return QueryResult(columns: columns, rows: rows, truncatedBy: nil)
        }
    }

    /// Checks that `sql` is one read-only statement these rules allow, without running it, and
    /// returns its named parameters (without prefix) in SQLite's order. Saving and importing a
    /// query call this before storing it.
    /// - Throws: `NewsStoreError.invalidSavedQuery`, as `run` does.
    func parameters(of sql: String, name: String) throws -> [String] {
        try guarded(deadline: nil) { authorizer in
            try namedParameters(of: prepare(sql, name: name, authorizer: authorizer), name: name)
        }
    }

    /// Runs `body` with every restriction in place, outermost first: query_only (restored last,
    /// once the authorizer that would refuse the PRAGMA is gone), the length limit, the
    /// deadline, the authorizer.
    private func guarded<T>(deadline: Deadline?, _ body: (Authorizer) throws -> T) throws -> T {
        try db.connectVirtualTables(SavedQueryPolicy.virtualTables)
        let authorizer = Authorizer(SavedQueryPolicy.rules)
        return try db.withQueryOnly {
            try db.withLengthLimit(SavedQueryPolicy.valueLimit) {
                guard let deadline else { return try db.withAuthorizer(authorizer) { try body(authorizer) } }
                return try db.withDeadline(deadline) { try db.withAuthorizer(authorizer) { try body(authorizer) } }
            }
        }
    }

    /// Prepares the first statement of `sql` under the authorizer and checks that it is the only
    /// one and read-only.
    private func prepare(_ sql: String, name: String, authorizer: Authorizer) throws -> Statement {
        guard !sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw NewsStoreError.invalidSavedQuery(name: name, reason: "the SQL is empty")
        }
        authorizer.forgetDenial()
        let prepared: Statement?
        do {
            prepared = try db.makeStatement(sql)
        } catch let error as SQLiteError {
            throw refusal(error, name: name, authorizer: authorizer, doing: "SQLite cannot prepare it")
        }
        guard let statement = prepared else {
            throw NewsStoreError.invalidSavedQuery(name: name, reason: "the SQL holds no statement, only comments")
        }
        // A refused function call does not fail the prepare (SQLite reports it when stepping),
        // so keep the authorizer's record too: saving must refuse it up front.
        let denial = authorizer.lastDenial
        // The tail is prepared under the authorizer too, so a PRAGMA in it cannot take effect
        // while we look; it must hold no statement (comments are fine).
        let tailHoldsStatement: Bool
        do {
            tailHoldsStatement = try db.makeStatement(statement.tail) != nil
        } catch is SQLiteError {
            tailHoldsStatement = true
        }
        guard !tailHoldsStatement else {
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: "one statement only; remove everything after the first ';'")
        }
        guard statement.isReadOnly, denial == nil else {
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: SavedQueryPolicy.readOnlyRule + (denial.map { " (refused: \($0))" } ?? ""))
        }
        authorizer.forgetDenial()
        return statement
    }

    /// Named parameters without prefix, in index order.
    /// - Throws: `NewsStoreError.invalidSavedQuery` for positional (`?`, `?1`) parameters, or one
    ///   name used with two prefixes (`:place` and `$place`).
    private func namedParameters(of statement: Statement, name: String) throws -> [String] {
        var names: [String] = []
        for raw in statement.parameterNames {
            guard let raw, !raw.hasPrefix("?") else {
                throw NewsStoreError.invalidSavedQuery(
                    name: name, reason: "positional parameters (?) are not supported; use named parameters like :place")
            }
            let bare = String(raw.dropFirst())
            guard !names.contains(bare) else {
                throw NewsStoreError.invalidSavedQuery(
                    name: name,
                    reason: "parameter \(bare) is written with two different prefixes; use :\(bare) throughout")
            }
            names.append(bare)
        }
        return names
    }

    private func step(
        _ statement: Statement, name: String, authorizer: Authorizer, deadline: Deadline, timeout: Double
    ) throws -> Bool {
        do {
            return try statement.step()
        } catch let error as SQLiteError {
            if deadline.expired && error.isInterrupt {
                throw NewsStoreError.queryTimedOut(name: name, seconds: timeout)
            }
            if authorizer.lastDenial != nil { throw refusal(error, name: name, authorizer: authorizer, doing: "") }
            if error.isTooBig {
                throw NewsStoreError.invalidSavedQuery(
                    name: name,
                    reason: "a value grew past \(SavedQueryPolicy.valueLimit / 1024 / 1024) MB, "
                        + "the limit for saved queries; return less text per row")
            }
            throw error
        }
    }

    /// Turns a prepare/step failure into the error a user sees: the read-only rule when the
    /// authorizer refused, SQLite's own words otherwise.
    private func refusal(_ error: SQLiteError, name: String, authorizer: Authorizer, doing: String)
        -> NewsStoreError
    {
        if let denial = authorizer.lastDenial {
            return .invalidSavedQuery(
                name: name, reason: "\(SavedQueryPolicy.readOnlyRule) (refused: \(denial); SQLite: \(error.message))")
        }
        return .invalidSavedQuery(name: name, reason: "\(doing): \(error.message)")
    }
}
