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
        /// A search in newsq's query language; `options` hold its filters.
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
    /// Free-form settings: search filters (`since`, `until`, `author`, `place`, `source`, `sort`,
    /// `limit`) and, under `param.NAME`, the description of an SQL parameter.
    public var options: [String: String]
    /// The SQL's named parameters without their prefix, in the order SQLite numbers them
    /// (the store derives them by preparing the SQL); always empty for a search.
    public var parameters: [String]
    /// When it was first saved (stored ISO 8601 text); nil for a query not stored yet.
    public var createdAt: String?
    /// When it was last changed; nil for a query not stored yet.
    public var updatedAt: String?

    /// Makes a saved query. The description is normalised (each line trimmed), the body and
    /// option values trimmed, so a query read back from a `.sql` file equals the one written.
    /// - Throws: `NewsStoreError.invalidSavedQuery` for a bad name, an empty body, an option key
    ///   or value that cannot be written on one line, or parameters on a search.
    public init(
        name: String, description: String = "", kind: Kind, body: String,
        options: [String: String] = [:], parameters: [String] = [],
        createdAt: String? = nil, updatedAt: String? = nil
    ) throws {
        try SavedQuery.validateName(name)
        let trimmedBody = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedBody.isEmpty else {
            throw NewsStoreError.invalidSavedQuery(name: name, reason: "the query text is empty")
        }
        for (key, value) in options {
            guard !key.isEmpty, key.unicodeScalars.allSatisfy(SavedQuery.isOptionKeyScalar) else {
                throw NewsStoreError.invalidSavedQuery(
                    name: name,
                    reason: "option key \(key.debugDescription) must be letters, digits, '_', '.' or '-'")
            }
            guard !value.contains(where: \.isNewline) else {
                throw NewsStoreError.invalidSavedQuery(
                    name: name, reason: "option \(key) must fit on one line")
            }
        }
        if kind == .search && !parameters.isEmpty {
            throw NewsStoreError.invalidSavedQuery(
                name: name, reason: "a search takes no parameters; only SQL queries have :name parameters")
        }
        self.name = name
        self.description = SavedQuery.normalizedDescription(description)
        self.kind = kind
        self.body = trimmedBody
        self.options = options.mapValues { $0.trimmingCharacters(in: .whitespaces) }
        self.parameters = parameters
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The description of an SQL parameter, kept in `options["param.NAME"]`.
    public func parameterDescription(_ parameter: String) -> String? {
        options[SavedQuery.parameterOptionPrefix + parameter]
    }

    /// Where parameter descriptions live in `options`, so the table needs no extra column.
    static let parameterOptionPrefix = "param."

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

    static func isOptionKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumericASCII(scalar) || scalar == "_" || scalar == "." || scalar == "-"
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
