import Foundation

/// The SQL dialect a saved query is written in, from a `-- dialect: sqlite|postgresql` line among
/// the comment lines that open it; SQLite when there is none (every query written before the
/// PostgreSQL engine). Each engine runs only its own dialect and refuses the other by name, so a
/// query never runs with a meaning its author did not intend.
package enum SavedQueryDialect: String, Sendable, CaseIterable {
    case sqlite
    case postgresql

    /// The engine's name as messages give it.
    package var engineName: String {
        switch self {
        case .sqlite: return "SQLite"
        case .postgresql: return "PostgreSQL"
        }
    }

    /// The dialect a query's opening comment lines declare; `.sqlite` when none does.
    package static func of(_ sql: String) -> SavedQueryDialect {
        for line in sql.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("--") else { break }
            let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces).lowercased()
            guard comment.hasPrefix("dialect:") else { continue }
            let value = comment.dropFirst("dialect:".count).trimmingCharacters(in: .whitespaces)
            return SavedQueryDialect(rawValue: value) ?? .sqlite
        }
        return .sqlite
    }

    /// The refusal to run a query written in this dialect on `engine`'s database.
    package func refusal(name: String, on engine: SavedQueryDialect) -> NewsStoreError {
        NewsStoreError.invalidSavedQuery(
            name: name,
            reason: "it is written for \(engineName) (-- dialect: \(rawValue)) and this database is "
                + "\(engine.engineName); save a \(engine.engineName) version of it with the line "
                + "-- dialect: \(engine.rawValue)")
    }
}
