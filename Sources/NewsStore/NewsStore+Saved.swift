import Foundation

extension NewsStore {
    /// The bytes of values a saved SQL query returns at most, unless the caller says otherwise.
    public static let defaultQueryByteLimit = SavedQueryPolicy.defaultByteLimit

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
        if query.kind == .search { _ = try SearchQuery.parse(query.body) }
        return try storage.save(query, replace: replace)
    }

    /// Every saved query, by name.
    /// - Throws: `SQLiteError`.
    public func savedQueries() throws -> [SavedQuery] {
        let stored = try storage.savedQueries()
        let names = Set(stored.map(\.name))
        return (stored + (try Self.shippedQueries()).filter { !names.contains($0.name) }).sorted { $0.name < $1.name }
    }

    /// One saved query: the store's, else the one of that name newsq ships (so every database,
    /// not only the default one, has `articles-mentioning` and the others).
    /// - Throws: `NewsStoreError.savedQueryNotFound`; `SQLiteError`.
    public func savedQuery(named name: String) throws -> SavedQuery {
        do {
            return try storage.savedQuery(named: name)
        } catch NewsStoreError.savedQueryNotFound(let missing) {
            guard let shipped = try Self.shippedQueries().first(where: { $0.name == name }) else {
                throw NewsStoreError.savedQueryNotFound(name: missing)
            }
            return shipped
        }
    }

    /// True for a stored query that is one newsq ships, unchanged, in either dialect (the default
    /// database stores them): every store offers its own engine's version, so a copy leaves such
    /// a query out rather than hide the target's behind the other engine's.
    public static func isShippedUnchanged(_ query: SavedQuery) -> Bool {
        guard let shipped = try? SavedQueryDialect.allCases.flatMap(shippedQueries) else { return false }
        return shipped.contains { $0.name == query.name && $0.kind == query.kind && $0.body == query.body }
    }

    /// The saved queries compiled into newsq for `dialect`: SampleData/queries for SQLite, their
    /// twins in SampleData/queries/postgresql (each opening with `-- dialect: postgresql`) for
    /// PostgreSQL, which offers them as SQLite offers its own.
    /// - Throws: `NewsStoreError` if a compiled-in file is broken.
    package static func shippedQueries(_ dialect: SavedQueryDialect = .sqlite) throws -> [SavedQuery] {
        try shippedQueryFiles(dialect).map { try SavedQueryFile.parse($0.text, fileName: $0.name) }
    }

    /// The compiled-in `.sql` files directly in SampleData/queries (SQLite) or in its
    /// `postgresql/` folder.
    static func shippedQueryFiles(_ dialect: SavedQueryDialect) -> [EmbeddedFile] {
        let folder = dialect == .sqlite ? "queries/" : "queries/\(dialect.rawValue)/"
        return EmbeddedFile.samples.filter {
            $0.name.hasPrefix(folder) && $0.name.hasSuffix(".sql") && !$0.name.dropFirst(folder.count).contains("/")
        }
    }

    /// Removes a saved query.
    /// - Throws: `NewsStoreError.savedQueryNotFound`; `SQLiteError`.
    public func removeSavedQuery(named name: String) throws {
        try storage.removeSavedQuery(named: name)
    }

    /// Runs a saved query. SQL runs read-only with its parameters bound by name, a time limit,
    /// a row cap and a byte budget (`QueryResult.truncatedBy` says which limit stopped it); a
    /// search runs with its saved filters and the search time limit, its relative dates counted
    /// from `today` and its `:name` filters bound (a parameter named like a filter, `since`,
    /// `place` …, replaces the saved one).
    ///
    /// ```swift
    /// let output = try store.runSavedQuery("articles-mentioning", parameters: ["place": "Mosul"])
    /// ```
    /// - Throws: `NewsStoreError.savedQueryNotFound`, `.parameterMismatch`, `.queryTimedOut`,
    ///   `.invalidSavedQuery`; `SQLiteError`.
    public func runSavedQuery(
        _ name: String, parameters: [String: String] = [:], timeout: Double = 1, rowLimit: Int = 10_000,
        byteLimit: Int = NewsStore.defaultQueryByteLimit, today: CalendarDay = DayExpression.today
    ) throws -> SavedQueryOutput {
        let query = try savedQuery(named: name)
        switch query.kind {
        case .sql:
            return .rows(
                try storage.runSQL(
                    query, parameters: parameters, timeout: timeout, rowLimit: rowLimit, byteLimit: byteLimit))
        case .search:
            let options = try query.searchOptions.resolved(parameters: parameters, today: today, name: name)
            return .hits(try search(query.body, options))
        }
    }

    /// Writes every saved query to `folder` as NAME.sql; returns the files written.
    /// - Throws: `NewsStoreError.unreadableInput` when the folder cannot be written; `SQLiteError`.
    public func exportSavedQueries(to folder: String) throws -> [String] {
        let url = URL(fileURLWithPath: folder)
        let queries = try savedQueries()
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return try queries.map { query in
                let file = url.appendingPathComponent(query.name + ".sql")
                try Data(SavedQueryFile.render(query).utf8).write(to: file, options: .atomic)
                return file.path
            }
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
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw NewsStoreError.unreadableInput(path: path, reason: "cannot list the folder")
            }
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
        return try storage.inTransaction { try queries.map { try saveQuery($0, replace: replace) } }
    }
}
