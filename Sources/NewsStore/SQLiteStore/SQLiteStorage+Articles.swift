extension SQLiteStorage {
    func articles(in range: DateRange, limit: Int, offset: Int) throws -> [ArticleSummary] {
        let rows = try db.query(
            """
            SELECT id, published_at, title, source FROM article
            WHERE (?1 IS NULL OR substr(published_at, 1, 10) >= ?1)
              AND (?2 IS NULL OR substr(published_at, 1, 10) <= ?2)
            ORDER BY published_at DESC, id DESC LIMIT ?3 OFFSET ?4
            """,
            [range.from?.iso, range.to?.iso, limit, offset]
        ) { row in
            ArticleSummary(
                id: row.int(0) ?? 0, publishedAt: row.string(1), title: row.text(2), source: row.string(3), authors: [])
        }
        return try rows.map { summary in
            var summary = summary
            summary.authors = try authors(of: summary.id).map(\.name)
            return summary
        }
    }

    /// Authors of an article in byline order.
    func authors(of articleID: Int) throws -> [Byline] {
        try db.query(
            """
            SELECT au.name, aa.role, aa.outlet FROM article_author aa JOIN author au ON au.id = aa.author_id
            WHERE aa.article_id = ? ORDER BY aa.position
            """, [articleID]
        ) { Byline(name: $0.text(0), role: $0.string(1), outlet: $0.string(2)) }
    }

    func article(id: Int) throws -> ArticleDetail {
        let found = try db.queryFirst(
            """
            SELECT id, url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                   source, section, language, content_hash, imported_from, imported_at
            FROM article WHERE id = ?
            """, [id]
        ) { row in
            Article(
                id: row.int(0) ?? 0, url: row.string(1), title: row.text(2), highlights: lines(row.text(3)),
                body: row.text(4), captions: lines(row.text(5)), publishedAt: row.string(6),
                publishedTimeZone: row.string(7), updatedAt: row.string(8), updatedTimeZone: row.string(9),
                source: row.string(10), section: row.string(11), language: row.string(12), contentHash: row.text(13),
                importedFrom: row.text(14), importedAt: row.text(15), authors: [])
        }
        guard var article = found else { throw NewsStoreError.articleNotFound(id: id) }
        article.authors = try authors(of: id)
        return ArticleDetail(
            article: article, places: try places(PlaceFilter(articleID: id)),
            events: try events(EventFilter(articleID: id)))
    }

    private func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
