/// Checks a raw FTS5 expression (`SearchOptions.raw`) before it reaches the user's database.
///
/// The expression runs against a private in-memory FTS5 table with the same columns and
/// tokenizer as `article_fts`, so SQLite's own parser judges it and nothing of the user's is
/// touched. SQLite's detail (`fts5: syntax error near "("`) is kept in the error.
struct FTS5Validator {
    /// The columns and tokenizer of `article_fts` (Migrations/0001_initial.sql), without the
    /// external content: only the query parser matters here.
    private static let schema = """
        CREATE VIRTUAL TABLE t USING fts5(
            title, highlights, body, captions,
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """

    /// Validates `expression` as FTS5 query syntax.
    /// - Throws: `NewsStoreError.invalidFTS5Expression` with SQLite's message when FTS5 rejects
    ///   it; `.invalidQuery` when it is empty or holds a NUL (which would cut it short).
    ///
    /// ```swift
    /// try FTS5Validator.validate("title : mosul NOT dabiq")   // fine
    /// try FTS5Validator.validate("mosul AND (")               // throws invalidFTS5Expression
    /// ```
    static func validate(_ expression: String) throws {
        guard expression.unicodeScalars.contains(where: { !$0.isWhitespace }) else {
            throw NewsStoreError.invalidQuery(query: expression, reason: "empty query")
        }
        // Text is bound as a C string, so a NUL would silently end the expression there.
        guard !expression.unicodeScalars.contains("\0") else {
            throw NewsStoreError.invalidQuery(
                query: expression, reason: "the expression contains a NUL character; remove it")
        }
        let db = try Connection(path: ":memory:")
        try db.execute(schema)
        do {
            _ = try db.queryFirst("SELECT count(*) AS hits FROM t WHERE t MATCH ?", [expression]) { try $0.int("hits") }
        } catch let error as SQLiteError {
            throw NewsStoreError.invalidFTS5Expression(expression: expression, message: error.message)
        }
    }
}
