import Foundation

/// A query a user saved by name: a search (our own query language plus filters) or one
/// read-only SQL statement with named parameters (`:place`).
///
/// ```swift
/// let query = try SavedQuery(
///     name: "places-in-article", description: "Places an article mentions", kind: .sql,
///     body: "SELECT … WHERE m.article_id = :article", parameters: ["article"])
/// ```
public struct SavedQuery: Sendable, Hashable, Codable {
    /// What the body holds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A search in newsq's query language; `searchOptions` hold its filters.
        case search
        /// One read-only SQL statement.
        case sql
    }

    /// The name, also usable as a file name (see `validateName`).
    public var name: String
    /// What the query is for, for `newsq saved list`. May span lines.
    public var description: String
    public var kind: Kind
    /// The search text, or the SQL.
    public var body: String
    /// A saved search's filters, order and page size (the defaults for an SQL query).
    public var searchOptions: SearchOptions
    /// The SQL's named parameters without their prefix, in the order SQLite numbers them
    /// (the store derives them by preparing the SQL); always empty for a search.
    public var parameters: [String]
    /// What each SQL parameter means, by name (`place` → "The place name, e.g. Mosul").
    public var parameterDescriptions: [String: String]
    /// When it was first saved (stored ISO 8601 text); nil for a query not stored yet.
    public var createdAt: String?
    /// When it was last changed; nil for a query not stored yet.
    public var updatedAt: String?

    /// Makes a saved query. The description is normalised (each line trimmed), the body and
    /// parameter descriptions trimmed, so a query read back from a `.sql` file equals the one
    /// written.
    /// - Throws: `NewsStoreError.invalidSavedQuery` for a bad name, an empty body, a parameter
    ///   description that cannot be written on one line, or parameters or search options on the
    ///   wrong kind of query.
    public init(
        name: String, description: String = "", kind: Kind, body: String,
        searchOptions: SearchOptions = SearchOptions(), parameters: [String] = [],
        parameterDescriptions: [String: String] = [:], createdAt: String? = nil, updatedAt: String? = nil
    ) throws {
        try SavedQuery.validateName(name)
        let trimmedBody = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedBody.isEmpty else {
            throw NewsStoreError.invalidSavedQuery(name: name, reason: "the query text is empty")
        }
        for (parameter, text) in parameterDescriptions where text.contains(where: \.isNewline) {
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: "the description of parameter \(parameter) must fit on one line")
        }
        switch kind {
        case .search where !parameters.isEmpty || !parameterDescriptions.isEmpty:
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: "a search takes no parameters; only SQL queries have :name parameters")
        case .sql where searchOptions != SearchOptions():
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: "search filters go with a search; write them into the SQL instead")
        default: break
        }
        self.name = name
        self.description = SavedQuery.normalizedDescription(description)
        self.kind = kind
        self.body = trimmedBody
        self.searchOptions = searchOptions
        self.parameters = parameters
        self.parameterDescriptions = parameterDescriptions.mapValues { $0.trimmingCharacters(in: .whitespaces) }
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The description of an SQL parameter, if it has one.
    public func parameterDescription(_ parameter: String) -> String? {
        parameterDescriptions[parameter]
    }

    // MARK: Names

    /// Checks that `name` is 1 to 64 ASCII letters, digits, `_`, `.` or `-`, starting with a
    /// letter or digit, so it is safe as a file name (`NAME.sql`) and on a command line.
    /// - Throws: `NewsStoreError.invalidSavedQuery` saying what a name may hold.
    public static func validateName(_ name: String) throws {
        guard !isValidName(name) else { return }
        throw NewsStoreError.invalidSavedQuery(
            name: name,
            reason: "a name is 1 to 64 ASCII letters, digits, '_', '.' or '-', starting with a letter or digit "
                + "(it is also used as a file name), for example articles-mentioning")
    }

    /// True when `name` passes `validateName`.
    public static func isValidName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 64, isAlphanumericASCII(first) else { return false }
        return scalars.dropFirst().allSatisfy { isAlphanumericASCII($0) || $0 == "_" || $0 == "." || $0 == "-" }
    }

    private static func isAlphanumericASCII(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func normalizedDescription(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Parameter values

    /// The value a `--param key=value` text binds as. Parameters stay TEXT, except a plain
    /// integer (`2016`, `-3`; no leading zeros, fits in 64 bits) becomes INTEGER and a plain
    /// decimal (`36.34`, `-0.5`) becomes REAL, so `LIMIT :limit` and `article.id = :article`
    /// work. `007`, `1e5`, `+3` and dates such as `2016-10-17` stay text.
    ///
    /// ```swift
    /// SavedQuery.parameterValue("2016")        // .integer(2016)
    /// SavedQuery.parameterValue("2016-10-17")  // .text("2016-10-17")
    /// ```
    public static func parameterValue(_ text: String) -> SQLiteValue {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let allDigits: (Substring) -> Bool = {
            !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
        guard let whole = parts.first, allDigits(whole) else { return .text(text) }
        // A leading zero marks a code ("007", a postcode), not a number.
        guard whole == "0" || !whole.hasPrefix("0") else { return .text(text) }
        if parts.count == 1 {
            return Int64(text).map { .integer($0) } ?? .text(text)
        }
        guard allDigits(parts[1]), let value = Double(text) else { return .text(text) }
        return .real(value)
    }
}
