import Foundation

extension Connection {
    /// How a transaction takes its lock.
    enum TransactionKind: String {
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so two writers cannot deadlock half-way.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws or
    /// when COMMIT fails.
    ///
    /// Inside another transaction (or savepoint) it nests: `body` runs in a savepoint, so a
    /// failure undoes only its own part and the outer transaction decides what is kept. `kind`
    /// has no effect then: the outer transaction already holds its lock.
    ///
    /// ```swift
    /// try db.transaction {
    ///     try db.run("INSERT INTO article …", values)
    ///     try db.transaction { try db.run("INSERT INTO place_mention …", more) }  // a savepoint
    /// }
    /// ```
    /// - Throws: whatever `body` throws, or `SQLiteError` from BEGIN/COMMIT. When the rollback
    ///   itself fails, that failure is thrown instead, with the error that caused the rollback
    ///   in its `rollbackCause`: the caller must learn that the database may still be inside
    ///   the transaction, and still sees why it was rolling back.
    func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try savepoint("nested", body) }
        try begin(kind)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try rollBack(["ROLLBACK"], after: error)
            throw error
        }
    }

    /// How many more busy timeouts BEGIN waits through: another process's import or gazetteer load
    /// can hold the write lock for longer than one (five seconds); a minute in all, then the
    /// error says the database is busy.
    static let beginRetries = 11

    /// BEGIN, waiting while another connection writes: SQLite's busy handler waits one busy
    /// timeout, and a second writer (two imports started at once) waits up to `beginRetries`
    /// more instead of failing with "database is locked".
    private func begin(_ kind: TransactionKind) throws {
        var retries = 0
        while true {
            do {
                try execute("BEGIN \(kind.rawValue)")
                return
            } catch let error as SQLiteError where error.isBusy && retries < Self.beginRetries {
                retries += 1
            }
        }
    }

    /// Runs `body` inside a savepoint, so a failure undoes only its own part of an outer
    /// transaction (one bad article in a batch import). Outside a transaction the savepoint
    /// is one, committed on release.
    /// - Throws: whatever `body` throws, or `SQLiteError` from SAVEPOINT/RELEASE; a failed
    ///   ROLLBACK TO is thrown as `transaction` describes.
    func savepoint<T>(_ name: String = "item", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0 == "_" }, "savepoint names are identifiers")
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            // Releasing the outermost savepoint commits, which can fail like COMMIT.
            try execute("RELEASE \(name)")
            return result
        } catch {
            try rollBack(["ROLLBACK TO \(name)", "RELEASE \(name)"], after: error)
            throw error
        }
    }

    /// Undoes a failed transaction or savepoint. Nothing is left to undo when SQLite already
    /// rolled the whole transaction back itself (it does on SQLITE_FULL, SQLITE_IOERR,
    /// SQLITE_NOMEM …); otherwise a failure here is thrown, carrying `cause`.
    private func rollBack(_ statements: [String], after cause: any Error) throws {
        for sql in statements where !isAutocommit {
            do {
                try execute(sql)
            } catch var failure as SQLiteError {
                failure.rollbackCause = cause
                throw failure
            }
        }
    }
}
