import Foundation

extension NewsStore {
    /// Saves (or replaces) a query. SQL is checked to be one read-only statement and its named
    /// parameters are recorded; a search is checked to parse.
    ///
    /// ```swift
    /// try store.saveQuery(SavedQuery(name: "near-mosul", kind: .search, body: "mosul OR qayyara"))
    /// ```
    /// - Throws: `NewsStoreError.savedQueryExists` unless `replace`, `.invalidSavedQuery`,
    ///   `.invalidQuery`; `SQLiteError`.
    @discardableResult
    public func saveQuery(_ query: SavedQuery, replace: Bool = false) throws -> SavedQuery {
        var query = query
        switch query.kind {
        case .sql: query.parameters = try db.readOnlyQueryParameters(query.body, name: query.name)
        case .search:
            _ = try SearchQuery.parse(query.body)
            _ = try searchOptions(of: query)
        }
        let exists = try db.queryFirst("SELECT created_at FROM saved_query WHERE name = ?", [query.name]) { $0.text(0) }
        if exists != nil && !replace {
            throw NewsStoreError.savedQueryExists(name: query.name)
        }
        let now = Timestamp.now()
        query.createdAt = query.createdAt ?? exists ?? now
        query.updatedAt = now
        try db.run(
            """
            INSERT INTO saved_query(name, description, kind, body, options, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT(name) DO UPDATE SET description = ?2, kind = ?3, body = ?4, options = ?5, updated_at = ?7
            """,
            [
                query.name, query.description, query.kind.rawValue, query.body, Self.json(query.options),
                query.createdAt, now,
            ])
        return query
    }

    /// Every saved query, by name.
    /// - Throws: `SQLiteError`.
    public func savedQueries() throws -> [SavedQuery] {
        let names = try db.query("SELECT name FROM saved_query ORDER BY name") { $0.text(0) }
        return try names.map(savedQuery(named:))
    }

    /// One saved query.
    /// - Throws: `NewsStoreError.savedQueryNotFound`; `SQLiteError`.
    public func savedQuery(named name: String) throws -> SavedQuery {
        let row = try db.queryFirst(
            "SELECT name, description, kind, body, options, created_at, updated_at FROM saved_query WHERE name = ?",
            [name]
        ) { row in
            (row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6))
        }
        guard let row else { throw NewsStoreError.savedQueryNotFound(name: name) }
        let kind = SavedQuery.Kind(rawValue: row.2) ?? .sql
        let parameters = kind == .sql ? ((try? db.readOnlyQueryParameters(row.3, name: row.0)) ?? []) : []
        return try SavedQuery(
            name: row.0, description: row.1, kind: kind, body: row.3, options: Self.options(fromJSON: row.4),
            parameters: parameters, createdAt: row.5, updatedAt: row.6)
    }

    /// Removes a saved query.
    /// - Throws: `NewsStoreError.savedQueryNotFound`; `SQLiteError`.
    public func removeSavedQuery(named name: String) throws {
        try db.run("DELETE FROM saved_query WHERE name = ?", [name])
        if db.changes == 0 { throw NewsStoreError.savedQueryNotFound(name: name) }
    }

    /// Runs a saved query. SQL runs read-only with its parameters bound by name, a time limit
    /// and a row cap; a search runs with its saved filters.
    ///
    /// ```swift
    /// let output = try store.runSavedQuery("articles-mentioning", parameters: ["place": "Mosul"])
    /// ```
    /// - Throws: `NewsStoreError.savedQueryNotFound`, `.parameterMismatch`, `.queryTimedOut`,
    ///   `.invalidSavedQuery`; `SQLiteError`.
    public func runSavedQuery(
        _ name: String, parameters: [String: String] = [:], timeout: Double = 1, rowLimit: Int = 10_000
    ) throws -> SavedQueryOutput {
        let query = try savedQuery(named: name)
        switch query.kind {
        case .sql:
            let values = parameters.mapValues(SavedQuery.parameterValue)
            return .rows(
                try db.readOnlyQuery(query.body, name: name, parameters: values, timeout: timeout, rowLimit: rowLimit))
        case .search:
            guard parameters.isEmpty else {
                throw NewsStoreError.parameterMismatch(
                    name: name, reason: "a saved search takes no parameters", expected: [])
            }
            return .hits(try search(query.body, try searchOptions(of: query)))
        }
    }

    /// Writes every saved query to `folder` as NAME.sql; returns the files written.
    /// - Throws: `NewsStoreError.unreadableInput` when the folder cannot be written; `SQLiteError`.
    public func exportSavedQueries(to folder: String) throws -> [String] {
        let url = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return try savedQueries().map { query in
                let file = url.appendingPathComponent(query.name + ".sql")
                try Data(SavedQueryFile.render(query).utf8).write(to: file, options: .atomic)
                return file.path
            }
        } catch let error as NewsStoreError {
            throw error
        } catch {
            throw NewsStoreError.unreadableInput(
                path: folder, reason: "cannot write there (\(error.localizedDescription))")
        }
    }

    /// Reads every `.sql` file in `folder` (or one file) and saves the queries, all or none:
    /// the first bad file stops the import with its name and line, and nothing is saved.
    /// - Throws: `NewsStoreError.unreadableInput`, `.invalidSavedQuery`; `SQLiteError`.
    @discardableResult
    public func importSavedQueries(from path: String, replace: Bool = false) throws -> [SavedQuery] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw NewsStoreError.unreadableInput(path: path, reason: "no such file or folder")
        }
        let files: [URL]
        if isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files = names.filter { $0.hasSuffix(".sql") }.sorted().map {
                URL(fileURLWithPath: path).appendingPathComponent($0)
            }
        } else {
            files = [URL(fileURLWithPath: path)]
        }
        let queries = try files.map { file -> SavedQuery in
            guard let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8) else {
                throw NewsStoreError.unreadableInput(path: file.path, reason: "cannot read it as UTF-8 text")
            }
            return try SavedQueryFile.parse(text, fileName: file.path)
        }
        return try db.transaction { try queries.map { try saveQuery($0, replace: replace) } }
    }

    /// The search options a saved search carries.
    func searchOptions(of query: SavedQuery) throws -> SearchOptions {
        var options = SearchOptions()
        let settings = query.options
        if let sort = settings["sort"] {
            guard let value = SearchOptions.Sort(rawValue: sort) else {
                throw NewsStoreError.invalidSavedQuery(name: query.name, reason: "sort must be rank, newest or oldest")
            }
            options.sort = value
        }
        options.since = try settings["since"].map { try DateRange.parseDay($0, option: "since") }
        options.until = try settings["until"].map { try DateRange.parseDay($0, option: "until", upper: true) }
        options.author = settings["author"]
        options.place = settings["place"]
        options.source = settings["source"]
        if let limit = settings["limit"] {
            guard let value = Int(limit), value > 0 else {
                throw NewsStoreError.invalidSavedQuery(name: query.name, reason: "limit must be a positive number")
            }
            options.limit = value
        }
        return options
    }

    private static func json(_ options: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: options, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func options(fromJSON text: String) -> [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String] ?? [:]
    }
}
