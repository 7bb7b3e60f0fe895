#if PostgreSQL
    import NewsStore

    /// The write paths of an import and of `extract --all`: one transaction per batch, one
    /// savepoint per article, so a failing article is undone alone and the batch goes on.
    extension PostgresStorage {
        package func storedArticle(contentHash: String) throws -> StoredArticleReference? {
            try session.queryFirst("SELECT id, title FROM article WHERE content_hash = $1", [contentHash]) { row in
                StoredArticleReference(id: try row.int("id"), title: try row.text("title"))
            }
        }

        package func write(_ extracted: ExtractedArticle, contentHash: String, origin: String) throws -> Int {
            try session.transaction {
                try PostgresArticleWriter(session: session).write(extracted, hash: contentHash, origin: origin)
            }
        }

        package func write(_ batch: [ArticleWrite]) throws -> [ArticleWriteOutcome] {
            try session.transaction {
                let writer = PostgresArticleWriter(session: session)
                var outcomes: [ArticleWriteOutcome] = []
                for item in batch {
                    if let existing = try storedArticle(contentHash: item.contentHash) {
                        outcomes.append(.alreadyPresent(existing))
                        continue
                    }
                    do {
                        let id = try session.transaction {
                            try writer.write(
                                item.extracted, hash: item.contentHash, origin: item.origin,
                                isExtracted: item.isExtracted)
                        }
                        outcomes.append(.stored(id: id))
                    } catch {
                        try rethrowIfBatchIsLost(error)
                        outcomes.append(.failed(error))
                    }
                }
                return outcomes
            }
        }

        package func articlesAwaitingExtraction(after id: Int, limit: Int) throws -> [ArticleAwaitingExtraction] {
            let rows = try session.query(
                """
                SELECT id, url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                       source, section, language
                FROM article WHERE NOT extracted AND id > $1 ORDER BY id LIMIT $2
                """, [id, limit]
            ) { row in
                var article = CleanedArticle(title: try row.text("title"), body: try row.text("body"))
                article.url = try row.optionalText("url")
                article.highlights = Self.lines(try row.text("highlights"))
                article.captions = Self.lines(try row.text("captions"))
                article.publishedAt = try Self.time(row, "published_at")
                article.publishedTimeZone = try row.optionalText("published_tz")
                article.updatedAt = try Self.time(row, "updated_at")
                article.updatedTimeZone = try row.optionalText("updated_tz")
                article.source = try row.optionalText("source")
                article.section = try row.optionalText("section")
                article.language = try row.optionalText("language")
                return ArticleAwaitingExtraction(id: try row.int("id"), article: article)
            }
            return try rows.map { pending in
                var pending = pending
                pending.article.authors = try authors(of: pending.id)
                return pending
            }
        }

        package func writeExtraction(_ batch: [(articleID: Int, extracted: ExtractedArticle)]) throws -> [(any Error)?]
        {
            try session.transaction {
                let writer = PostgresArticleWriter(session: session)
                var outcomes: [(any Error)?] = []
                for (articleID, extracted) in batch {
                    do {
                        try session.transaction {
                            // Re-checked, and locked, inside the transaction: another process may do it too.
                            let pending = try session.queryFirst(
                                "SELECT 1 AS pending FROM article WHERE id = $1 AND NOT extracted FOR UPDATE",
                                [articleID]
                            ) { _ in true }
                            guard pending == true else { return }
                            try writer.writeKnowledge(of: extracted, articleID: articleID)
                            try session.run("UPDATE article SET extracted = true WHERE id = $1", [articleID])
                        }
                        outcomes.append(nil)
                    } catch {
                        try rethrowIfBatchIsLost(error)
                        outcomes.append(error)
                    }
                }
                return outcomes
            }
        }

        /// GIN's pending list already batches index inserts; nothing to switch.
        package func setBulkLoading(_ bulk: Bool) throws {}

        /// After an article's savepoint failed: when the connection is gone, the rest of the batch
        /// must not be reported as written.
        private func rethrowIfBatchIsLost(_ error: any Error) throws {
            do {
                try session.run("SELECT 1")
            } catch {
                throw error
            }
        }

        static func lines(_ text: String) -> [String] {
            text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        /// An `article.published_at` or `updated_at` value.
        static func time(_ row: StoredRow, _ column: String) throws -> PublishedTime? {
            guard let text = try row.optionalText(column) else { return nil }
            guard let time = PublishedTime(iso: text) else {
                throw PostgresStoreError(
                    sqlState: nil, message: "article.\(column) holds \(text.debugDescription), not an ISO 8601 time",
                    sql: "")
            }
            return time
        }
    }
#endif
