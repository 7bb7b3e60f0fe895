/// The batched write path of an import and of `extract --all`: one transaction per batch, one
/// savepoint per article, so a failing article is undone alone and the batch goes on. The
/// statements come from the connection's cache, prepared once for the whole import.
extension SQLiteStorage {
    func write(_ batch: [ArticleWrite]) throws -> [ArticleWriteOutcome] {
        try db.transaction(.immediate) {
            let writer = ArticleWriter(db: db)
            var outcomes: [ArticleWriteOutcome] = []
            outcomes.reserveCapacity(batch.count)
            for item in batch {
                // Inside the transaction: an article seen earlier in this batch is found too.
                if let existing = try storedArticle(contentHash: item.contentHash) {
                    outcomes.append(.alreadyPresent(existing))
                    continue
                }
                do {
                    let id = try db.savepoint("article") {
                        try writer.write(
                            item.extracted, hash: item.contentHash, origin: item.origin,
                            isExtracted: item.isExtracted)
                    }
                    outcomes.append(.stored(id: id))
                } catch {
                    try Self.rethrowIfBatchIsLost(error, db: db)
                    outcomes.append(.failed(error))
                }
            }
            return outcomes
        }
    }

    func articlesAwaitingExtraction(after id: Int, limit: Int) throws -> [ArticleAwaitingExtraction] {
        let rows = try db.query(
            """
            SELECT id, url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                   source, section, language
            FROM article WHERE extracted = 0 AND id > ? ORDER BY id LIMIT ?
            """, [id, limit]
        ) { row in
            ArticleAwaitingExtraction(
                id: try row.int("id"),
                article: CleanedArticle(
                    url: try row.optionalText("url"), title: try row.text("title"),
                    highlights: Self.lines(try row.text("highlights")), body: try row.text("body"),
                    captions: Self.lines(try row.text("captions")),
                    publishedAt: try Self.time(row, "published_at"),
                    publishedTimeZone: try row.optionalText("published_tz"),
                    updatedAt: try Self.time(row, "updated_at"), updatedTimeZone: try row.optionalText("updated_tz"),
                    source: try row.optionalText("source"), section: try row.optionalText("section"),
                    language: try row.optionalText("language")))
        }
        return try rows.map { pending in
            var pending = pending
            pending.article.authors = try authors(of: pending.id)
            return pending
        }
    }

    func writeExtraction(_ batch: [(articleID: Int, extracted: ExtractedArticle)]) throws -> [(any Error)?] {
        try db.transaction(.immediate) {
            let writer = ArticleWriter(db: db)
            var outcomes: [(any Error)?] = []
            for (articleID, extracted) in batch {
                do {
                    try db.savepoint("article") {
                        // Re-checked inside the transaction: another process may have done it.
                        let pending = try db.queryFirst(
                            "SELECT 1 FROM article WHERE id = ? AND extracted = 0", [articleID]
                        ) { _ in true }
                        guard pending == true else { return }
                        try writer.writeKnowledge(of: extracted, articleID: articleID)
                        try db.run("UPDATE article SET extracted = 1 WHERE id = ?", [articleID])
                    }
                    outcomes.append(nil)
                } catch {
                    try Self.rethrowIfBatchIsLost(error, db: db)
                    outcomes.append(error)
                }
            }
            return outcomes
        }
    }

    /// FTS5 merge settings for a bulk load and back. During the load, segments are merged less
    /// eagerly (automerge 16 instead of 4: fewer, larger merges) and a crisis merge waits for
    /// 64 segments on a level instead of 16; the everyday values come back after it.
    func setBulkLoading(_ bulk: Bool) throws {
        let (automerge, crisismerge) = bulk ? (16, 64) : (4, 16)
        try db.run("INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', ?)", [automerge])
        try db.run("INSERT INTO article_fts(article_fts, rank) VALUES ('crisismerge', ?)", [crisismerge])
    }

    /// After an article's savepoint failed: when SQLite rolled the whole transaction back itself
    /// (disk full, I/O error, out of memory), the rest of the batch must not run outside it.
    private static func rethrowIfBatchIsLost(_ error: any Error, db: Connection) throws {
        if db.isAutocommit { throw error }
    }

    private static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// An `article.published_at` or `updated_at` value.
    private static func time(_ row: Row, _ column: String) throws -> PublishedTime? {
        guard let text = try row.optionalText(column) else { return nil }
        guard let time = PublishedTime(iso: text) else {
            throw StoredValueError(table: "article", column: column, expected: "a day or a UTC time (ISO 8601)")
        }
        return time
    }
}
