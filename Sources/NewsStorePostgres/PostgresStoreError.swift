#if PostgreSQL
    import PostgresNIO

    /// A statement the PostgreSQL server refused or could not run: the server's SQLSTATE and
    /// message and the SQL, never the bound values (they may be private text). The engine's
    /// counterpart of `SQLiteError`.
    struct PostgresStoreError: Error, CustomStringConvertible {
        /// The five-character SQLSTATE ("42P01"), or nil when the failure was not the server's.
        let sqlState: String?
        /// The server's message, or the client's account of a lost connection.
        let message: String
        /// The statement that failed.
        let sql: String

        var description: String {
            let code = sqlState.map { " (SQLSTATE \($0))" } ?? ""
            let statement = sql.split(separator: "\n").first.map { String($0.prefix(120)) } ?? ""
            return "PostgreSQL: \(message)\(code) in: \(statement)"
        }

        /// The statement was cancelled by `statement_timeout`.
        var isTimeout: Bool { sqlState == "57014" }
        /// The server refused a write in a read-only transaction or on a standby.
        var isReadOnly: Bool { sqlState == "25006" }
        /// The server refused for want of a privilege (`permission denied …`).
        var isInsufficientPrivilege: Bool { sqlState == "42501" }
        /// A unique constraint refused the row.
        var isUniqueViolation: Bool { sqlState == "23505" }

        init(sqlState: String?, message: String, sql: String) {
            self.sqlState = sqlState
            self.message = message
            self.sql = sql
        }

        /// The words of a postgres-nio error (its `description` hides the server's on purpose).
        init(_ error: any Error, sql: String) {
            self.sql = sql
            if let error = error as? PSQLError {
                sqlState = error.serverInfo?[.sqlState]
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                let client = error.underlying.map { "\(error.code): \($0)" } ?? "\(error.code)"
                message = (error.serverInfo?[.message]).map { $0 + detail } ?? client
            } else {
                sqlState = nil
                message = String(describing: error)
            }
        }
    }
#endif
