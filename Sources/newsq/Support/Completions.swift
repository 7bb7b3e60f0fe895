import ArgumentParser
import Foundation
import NewsStore

/// What the shell completes for arguments that are not plain words: file paths (`import`
/// inputs, `--db`, `-o`) and the names of saved queries (`run`, `saved show`).
///
/// The saved names are read when the user presses TAB (`newsq ---completion …`, run by the
/// generated script): from the database the command line names with `--db`, else `NEWSQ_DB`, else
/// the default one. The database is opened read-only and never created; a missing or unreadable
/// one completes nothing.
enum Completions {
    /// Any file or folder.
    static let path = CompletionKind.file()

    /// Saved query names of the database the command line would use, starting with the prefix typed.
    static let savedQueryNames = CompletionKind.custom { words, _, prefix in
        names(database: database(in: words)).filter { $0.hasPrefix(prefix) }
    }

    /// The `--db` value among the shell words, if any (`--db PATH` or `--db=PATH`).
    static func database(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { return unquoted(words[index + 1]) }
            if word.hasPrefix("--db=") { return unquoted(String(word.dropFirst(5))) }
        }
        return nil
    }

    /// The saved query names of that database (nil: where `--db` would not say otherwise).
    static func names(database: String?) -> [String] {
        var options = DatabaseOptions()
        options.db = database
        let (path, _) = options.location()
        guard FileManager.default.fileExists(atPath: path),
            let store = try? NewsStore(path: path, access: .readOnly),
            let queries = try? store.savedQueries()
        else { return [] }
        return queries.map(\.name)
    }

    /// A shell word without the quotes around it (the words come verbatim).
    private static func unquoted(_ word: String) -> String {
        guard word.count >= 2, let first = word.first, first == "'" || first == "\"", word.last == first else {
            return word
        }
        return String(word.dropFirst().dropLast())
    }
}
