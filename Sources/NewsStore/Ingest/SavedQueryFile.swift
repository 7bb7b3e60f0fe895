import Foundation

/// The `.sql` file a saved query is exported to and imported from: a header of `-- key: value`
/// comment lines, then the body.
///
/// ```
/// -- name: articles-mentioning
/// -- description: Articles that mention a place, newest first
/// -- kind: sql
/// -- param: place  The place name, e.g. Mosul
/// SELECT …
/// ```
/// Header keys: `name` (defaults to the file name without `.sql`), `description` (repeat it for
/// more lines), `kind` (`sql`, the default, or `search`; then the body is the search text),
/// `param` (a parameter name, then its description), `option` (`key=value`, a search filter
/// from `SearchOptions.settingKeys`),
/// `created` and `updated` (timestamps). A `-- dialect: postgresql` line, last in the header,
/// starts the body and stays its first line. Blank lines may sit in the header. The first line that
/// is not a header line starts the body, so ordinary comments (`-- Newest first.`) stay part of
/// the SQL; a line shaped like a header with an unknown key (`-- nmae: x`) is an error rather than
/// silently becoming SQL.
///
/// `parse(render(q), fileName: …) == q` for every query.
enum SavedQueryFile {
    /// Reads a saved query from the text of a `.sql` file.
    /// - Parameter fileName: the file's name or path, for the default name and for errors.
    /// - Throws: `NewsStoreError.unreadableInput` naming the file and line: an unknown or
    ///   repeated header, a bad kind, option or name, parameters on a search, or no body.
    static func parse(_ text: String, fileName: String) throws -> SavedQuery {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var header = Header()
        var bodyStart = lines.count
        for (offset, line) in lines.enumerated() {
            let lineNumber = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let (key, value) = headerField(trimmed) else {
                bodyStart = offset
                break
            }
            do {
                try header.add(key: key, value: value, line: lineNumber)
            } catch let reason as HeaderError {
                throw fileError(fileName, line: lineNumber, reason.message)
            }
        }
        let body = lines[bodyStart...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let lastLine = max(lines.count, 1)
        guard !body.isEmpty else {
            throw fileError(
                fileName, line: lastLine, "no query after the header; put the SQL or search text below the -- lines")
        }
        let name = header.name ?? defaultName(fileName)
        guard SavedQuery.isValidName(name) else {
            let line = header.nameLine ?? 1
            throw fileError(
                fileName, line: line,
                "\(name.debugDescription) is not a valid name: 1 to 64 ASCII letters, digits, '_', '.' or '-', "
                    + "starting with a letter or digit; add a `-- name:` line or rename the file")
        }
        let kind = header.kind ?? .sql
        if kind == .search, let line = header.firstParamLine {
            throw fileError(
                fileName, line: line, "a search takes no parameters; use `-- option: key=value` for filters")
        }
        do {
            return try SavedQuery(
                name: name, description: header.description.joined(separator: "\n"), kind: kind, body: body,
                searchOptions: header.options, parameters: header.parameters,
                parameterDescriptions: header.parameterDescriptions, createdAt: header.created,
                updatedAt: header.updated)
        } catch let error as NewsStoreError {
            throw fileError(fileName, line: 1, error.description)
        }
    }

    /// Writes a saved query as `.sql` file text (ends with a newline).
    static func render(_ query: SavedQuery) -> String {
        var lines = ["-- name: \(query.name)"]
        let description = query.description.isEmpty ? [] : query.description.components(separatedBy: "\n")
        lines += description.map { $0.isEmpty ? "-- description:" : "-- description: \($0)" }
        lines.append("-- kind: \(query.kind.rawValue)")
        for parameter in query.parameters {
            if let text = query.parameterDescription(parameter), !text.isEmpty {
                lines.append("-- param: \(parameter)  \(text)")
            } else {
                lines.append("-- param: \(parameter)")
            }
        }
        lines += query.searchOptions.settings.map { "-- option: \($0.key)=\($0.value)" }
        if let created = query.createdAt { lines.append("-- created: \(created)") }
        if let updated = query.updatedAt { lines.append("-- updated: \(updated)") }
        lines.append(query.body)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Header

    static let headerKeys = ["name", "description", "kind", "param", "option", "created", "updated"]

    /// `-- key: value` with `key` all lower-case ASCII letters, or nil for any other line.
    private static func headerField(_ line: String) -> (key: String, value: String)? {
        guard line.hasPrefix("--") else { return nil }
        let rest = line.dropFirst(2).drop { $0 == " " || $0 == "\t" }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<colon]
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        // `-- dialect:` is the body's own first line (SavedQueryDialect reads it there), so it ends
        // the header rather than being refused as an unknown key.
        guard key != "dialect" else { return nil }
        let value = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return (String(key), value)
    }

    private struct HeaderError: Error {
        let message: String
    }

    private struct Header {
        var name: String?
        var nameLine: Int?
        var description: [String] = []
        var kind: SavedQuery.Kind?
        var parameters: [String] = []
        var firstParamLine: Int?
        var options = SearchOptions()
        var optionKeys: Set<String> = []
        var parameterDescriptions: [String: String] = [:]
        var created: String?
        var updated: String?

        mutating func add(key: String, value: String, line: Int) throws {
            switch key {
            case "name":
                guard name == nil else { throw HeaderError(message: "a second `-- name:` line") }
                name = value
                nameLine = line
            case "description":
                description.append(value)
            case "kind":
                guard kind == nil else { throw HeaderError(message: "a second `-- kind:` line") }
                guard let parsed = SavedQuery.Kind(rawValue: value) else {
                    throw HeaderError(message: "kind must be `sql` or `search`, not \(value.debugDescription)")
                }
                kind = parsed
            case "param":
                try addParameter(value)
                if firstParamLine == nil { firstParamLine = line }
            case "option":
                let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let optionKey = parts[0].trimmingCharacters(in: .whitespaces)
                guard parts.count == 2, !optionKey.isEmpty else {
                    throw HeaderError(
                        message:
                            "an option is written `-- option: key=value`, for example `-- option: since=2016-10-01`")
                }
                guard optionKeys.insert(optionKey).inserted else {
                    throw HeaderError(message: "option \(optionKey) is given twice")
                }
                do {
                    try options.set(optionKey, to: String(parts[1]))
                } catch let error as SearchOptions.InvalidSetting {
                    throw HeaderError(message: error.description)
                }
            case "created":
                created = value
            case "updated":
                updated = value
            default:
                throw HeaderError(
                    message: "unknown header `-- \(key):`; the header keys are "
                        + SavedQueryFile.headerKeys.joined(separator: ", "))
            }
        }

        private mutating func addParameter(_ value: String) throws {
            let parameter = String(value.prefix { !$0.isWhitespace })
            guard !parameter.isEmpty else {
                throw HeaderError(message: "`-- param:` needs a name, for example `-- param: place  The place name`")
            }
            guard !parameters.contains(parameter) else {
                throw HeaderError(message: "parameter \(parameter) is listed twice")
            }
            parameters.append(parameter)
            let text = value.dropFirst(parameter.count).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { parameterDescriptions[parameter] = text }
        }
    }

    private static func defaultName(_ fileName: String) -> String {
        let base = (fileName as NSString).lastPathComponent
        return base.hasSuffix(".sql") ? String(base.dropLast(4)) : base
    }

    private static func fileError(_ fileName: String, line: Int, _ reason: String) -> NewsStoreError {
        .unreadableInput(path: "\(fileName):\(line)", reason: reason)
    }
}
