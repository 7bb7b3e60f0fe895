import Foundation

extension SQLiteStorage {
    func save(_ query: SavedQuery, replace: Bool) throws -> SavedQuery {
        var query = query
        if query.kind == .sql {
            query.parameters = try SavedQueryPolicy(db: db).parameters(of: query.body, name: query.name)
        }
        let exists = try db.queryFirst("SELECT created_at FROM saved_query WHERE name = ?", [query.name]) {
            try $0.text("created_at")
        }
        if exists != nil && !replace {
            throw NewsStoreError.savedQueryExists(name: query.name)
        }
        let now = Timestamp.now()
        query.createdAt = query.createdAt ?? exists ?? now
        query.updatedAt = now
        let parameters = query.parameters.map {
            StoredParameter(name: $0, description: query.parameterDescription($0) ?? "")
        }
        try db.run(
            """
            INSERT INTO saved_query(name, description, kind, body, options, parameters, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT(name) DO UPDATE
            SET description = ?2, kind = ?3, body = ?4, options = ?5, parameters = ?6, updated_at = ?8
            """,
            [
                query.name, query.description, query.kind.rawValue, query.body, try Self.json(query.searchOptions),
                try Self.json(parameters), query.createdAt, now,
            ])
        return query
    }

    func savedQueries() throws -> [SavedQuery] {
        try db.query("\(Self.savedQueryColumns) ORDER BY name") { try savedQuery(from: $0) }
    }

    func savedQuery(named name: String) throws -> SavedQuery {
        guard let query = try db.queryFirst("\(Self.savedQueryColumns) WHERE name = ?", [name], savedQuery(from:))
        else { throw NewsStoreError.savedQueryNotFound(name: name) }
        return query
    }

    func removeSavedQuery(named name: String) throws {
        try db.run("DELETE FROM saved_query WHERE name = ?", [name])
        if db.changes == 0 { throw NewsStoreError.savedQueryNotFound(name: name) }
    }

    func runSQL(
        _ query: SavedQuery, parameters: [String: String], timeout: Double, rowLimit: Int, byteLimit: Int
    ) throws -> QueryResult {
        let dialect = SavedQueryDialect.of(query.body)
        guard dialect == .sqlite else { throw dialect.refusal(name: query.name, on: .sqlite) }
        let values = parameters.mapValues(SavedQuery.parameterValue)
        return try SavedQueryPolicy(db: db).run(
            query.body, name: query.name, parameters: values, timeout: timeout, rowLimit: rowLimit,
            byteLimit: byteLimit)
    }

    // MARK: Rows

    private static let savedQueryColumns =
        "SELECT name, description, kind, body, options, parameters, created_at, updated_at FROM saved_query"

    /// One `saved_query` row. The SQL is the source of truth for parameter names (prepared
    /// again, so a query saved by an older newsq lists them all); the `parameters` column keeps
    /// their descriptions and, when the SQL no longer prepares, their names.
    private func savedQuery(from row: Row) throws -> SavedQuery {
        let name = try row.text("name")
        guard let kind = SavedQuery.Kind(rawValue: try row.text("kind")) else {
            throw StoredValueError(table: "saved_query", column: "kind", expected: "sql or search")
        }
        let stored: [StoredParameter] = try Self.decode(try row.text("parameters"), column: "parameters")
        let body = try row.text("body")
        var names = stored.map(\.name)
        if kind == .sql, let derived = try? SavedQueryPolicy(db: db).parameters(of: body, name: name) {
            names = derived
        }
        var descriptions: [String: String] = [:]
        for parameter in stored where !parameter.description.isEmpty {
            descriptions[parameter.name] = parameter.description
        }
        return try SavedQuery(
            name: name, description: try row.text("description"), kind: kind, body: body,
            searchOptions: try Self.decode(try row.text("options"), column: "options"), parameters: names,
            parameterDescriptions: descriptions, createdAt: try row.text("created_at"),
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

    private static func decode<T: Decodable>(_ text: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoredValueError(table: "saved_query", column: column, expected: "JSON as written by newsq")
        }
    }
}
