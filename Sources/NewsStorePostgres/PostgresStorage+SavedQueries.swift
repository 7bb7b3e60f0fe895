#if PostgreSQL
    import Foundation
    import NewsStore
    import PostgresNIO

    extension PostgresStorage {
        package func save(_ query: SavedQuery, replace: Bool) throws -> SavedQuery {
            var query = query
            if query.kind == .sql { query.parameters = SavedSQLText(query.body).parameters }
            let exists = try session.queryFirst("SELECT created_at FROM saved_query WHERE name = $1", [query.name]) {
                try $0.text("created_at")
            }
            if exists != nil && !replace { throw NewsStoreError.savedQueryExists(name: query.name) }
            let now = StorageEngineSupport.timestamp()
            query.createdAt = query.createdAt ?? exists ?? now
            query.updatedAt = now
            let parameters = query.parameters.map {
                StoredParameter(name: $0, description: query.parameterDescription($0) ?? "")
            }
            try session.run(
                """
                INSERT INTO saved_query(name, description, kind, body, options, parameters, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (name) DO UPDATE
                SET description = $2, kind = $3, body = $4, options = $5, parameters = $6, updated_at = $8
                """,
                [
                    query.name, query.description, query.kind.rawValue, query.body, try Self.json(query.searchOptions),
                    try Self.json(parameters), query.createdAt, now,
                ])
            return query
        }

        /// The stored queries, and the PostgreSQL twins of the shipped ones
        /// (SampleData/queries/postgresql) the store has not stored under their names, so the
        /// SQLite files newsq ships are not offered here.
        package func savedQueries() throws -> [SavedQuery] {
            let stored = try session.query(
                "\(Self.savedQueryColumns) ORDER BY name COLLATE \"C\"", [], Self.savedQuery(from:))
            let names = Set(stored.map(\.name))
            return (stored + (try NewsStore.shippedQueries(.postgresql)).filter { !names.contains($0.name) })
                .sorted { $0.name < $1.name }
        }

        package func savedQuery(named name: String) throws -> SavedQuery {
            if let query = try session.queryFirst(
                "\(Self.savedQueryColumns) WHERE name = $1", [name], Self.savedQuery(from:))
            {
                return query
            }
            guard let shipped = try NewsStore.shippedQueries(.postgresql).first(where: { $0.name == name }) else {
                throw NewsStoreError.savedQueryNotFound(name: name)
            }
            return shipped
        }

        package func removeSavedQuery(named name: String) throws {
            let removed = try session.query("DELETE FROM saved_query WHERE name = $1 RETURNING id", [name])
            if removed.isEmpty { throw NewsStoreError.savedQueryNotFound(name: name) }
        }

        /// Runs a saved query written for PostgreSQL as the role `newsq_reader` (SELECT on newsq's
        /// tables only, made by migration 0002) in a `READ ONLY` transaction under
        /// `statement_timeout`, wrapped as a subquery with a `LIMIT` one past `rowLimit`: the
        /// server itself refuses every write, every privileged function and a second statement,
        /// and stops reading at the cap. A query written for SQLite (the default dialect) is
        /// refused naming both. Parameters are bound untyped, so the server reads each as the type
        /// its place in the SQL needs (`LIMIT :n`, `date >= :from`).
        package func runSQL(
            _ query: SavedQuery, parameters: [String: String], timeout: Double, rowLimit: Int, byteLimit: Int
        ) throws -> QueryResult {
            let dialect = SavedQueryDialect.of(query.body)
            guard dialect == .postgresql else { throw dialect.refusal(name: query.name, on: .postgresql) }
            let text = SavedSQLText(query.body)
            let missing = text.parameters.filter { parameters[$0] == nil }
            let unknown = parameters.keys.filter { !text.parameters.contains($0) }.sorted()
            guard missing.isEmpty && unknown.isEmpty else {
                var reasons: [String] = []
                if !missing.isEmpty { reasons.append("missing " + missing.joined(separator: ", ")) }
                if !unknown.isEmpty { reasons.append("unknown " + unknown.joined(separator: ", ")) }
                throw NewsStoreError.parameterMismatch(
                    name: query.name, reason: "parameters " + reasons.joined(separator: "; "), expected: text.parameters
                )
            }
            guard timeout > 0, timeout.isFinite else {
                throw NewsStoreError.invalidArgument(
                    name: "time limit", value: timeout.formatted(), reason: "give a positive number of seconds")
            }
            var bindings = PostgresBindings(capacity: text.parameters.count)
            for name in text.parameters {
                bindings.append(UntypedParameter(text: parameters[name] ?? ""))
            }
            // At most one row past the cap is read: the server stops there.
            let sql = text.sql.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
            let capped = "SELECT * FROM (\n\(sql)\n) AS saved_query_rows LIMIT \(max(rowLimit, 0) + 1)"
            // A session-level advisory lock the query took would outlive its transaction.
            defer { try? session.run("SELECT pg_advisory_unlock_all()") }
            let rows = SavedQueryRows(rowLimit: rowLimit, byteLimit: byteLimit)
            do {
                try readOnlyTransaction(timeout: timeout) {
                    try enterReaderRole(name: query.name)
                    do {
                        try session.stream(capped, bindings: bindings, rows.add)
                    } catch _ where rows.stopped {
                        // Stopped at a cap (postgres-nio reports the stop as a cancelled query):
                        // what was read is the answer.
                    }
                }
                return rows.result
            } catch let error as PostgresStoreError {
                throw Self.refusal(error, name: query.name, timeout: timeout)
            }
        }

        /// The role saved queries run as; see Migrations/postgresql/0002_saved_query_reader.sql.
        static let readerRole = "newsq_reader"

        /// `SET LOCAL ROLE newsq_reader`, or why this server cannot run saved SQL queries.
        private func enterReaderRole(name: String) throws {
            do {
                try session.run("SET LOCAL ROLE \(Self.readerRole)")
            } catch let error as PostgresStoreError {
                throw NewsStoreError.invalidSavedQuery(
                    name: name,
                    reason: "saved SQL queries run as the role \(Self.readerRole), which newsq's role cannot take "
                        + "here (\(error.message)); run `newsq migrate` as a role with CREATEROLE, or have an "
                        + "administrator create it (README, \"Beyond one machine\")")
            }
        }

        /// The server's refusal of a saved query in newsq's words, by SQLSTATE.
        static func refusal(_ error: PostgresStoreError, name: String, timeout: Double) -> NewsStoreError {
            let reason: String
            switch error.sqlState {
            case "57014":
                return NewsStoreError.queryTimedOut(name: name, seconds: timeout)
            case "25006", "0A000":
                reason = "saved queries are read-only: the server refused a write (\(error.message))"
            case "42501":
                reason = "saved queries may only read newsq's tables: the server refused (\(error.message))"
            case "42601":
                reason = "a saved query is one SELECT statement: the server could not read it (\(error.message))"
            default:
                reason = "PostgreSQL: \(error.message)"
            }
            return NewsStoreError.invalidSavedQuery(name: name, reason: reason)
        }

        // MARK: Rows

        private static let savedQueryColumns =
            "SELECT name, description, kind, body, options, parameters, created_at, updated_at FROM saved_query"

        private static func savedQuery(from row: StoredRow) throws -> SavedQuery {
            let name = try row.text("name")
            guard let kind = SavedQuery.Kind(rawValue: try row.text("kind")) else {
                throw PostgresStoreError(sqlState: nil, message: "saved_query.kind is neither sql nor search", sql: "")
            }
            let stored: [StoredParameter] = try decode(try row.text("parameters"))
            let body = try row.text("body")
            let names = kind == .sql ? SavedSQLText(body).parameters : stored.map(\.name)
            var descriptions: [String: String] = [:]
            for parameter in stored where !parameter.description.isEmpty {
                descriptions[parameter.name] = parameter.description
            }
            return try SavedQuery(
                name: name, description: try row.text("description"), kind: kind, body: body,
                searchOptions: try decode(try row.text("options")), parameters: names,
                parameterDescriptions: descriptions.filter { names.contains($0.key) },
                createdAt: try row.text("created_at"),
                updatedAt: try row.text("updated_at"))
        }

        /// An SQL parameter as the `saved_query.parameters` JSON array holds it.
        private struct StoredParameter: Codable {
            let name: String
            let description: String
        }

        private static func json(_ value: some Encodable) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        }

        private static func decode<T: Decodable>(_ text: String) throws -> T {
            do {
                return try JSONDecoder().decode(T.self, from: Data(text.utf8))
            } catch {
                throw PostgresStoreError(sqlState: nil, message: "saved_query holds JSON newsq did not write", sql: "")
            }
        }
    }
#endif
