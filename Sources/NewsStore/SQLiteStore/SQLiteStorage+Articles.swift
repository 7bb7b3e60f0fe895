extension SQLiteStorage {
    /// Articles published in `range`, newest first; the day bounds compare whole `published_at`
    /// values (`>= from`, `< to + 1 day`) so the `article_published` index serves them.
    func undatedArticleCount() throws -> Int {
        try db.queryFirst("SELECT count(*) AS undated FROM article WHERE published_at IS NULL") {
            try $0.int("undated")
        } ?? 0
    }

    func articles(_ filter: ArticleFilter) throws -> [ArticleSummary] {
        let filters = try articleFilters(filter)
        let rows = try db.query(
            """
            SELECT id, published_at, title, source FROM article
            WHERE \(filters.sql)
            ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?
            """,
            filters.values + [filter.limit, filter.offset], Self.summary(from:))
        let authors = try bylines(of: rows.map(\.id))
        return rows.map { summary in
            var summary = summary
            summary.authors = authors[summary.id] ?? []
            return summary
        }
    }

    /// The conditions on `article` (unqualified columns) that an `ArticleFilter` sets.
    /// - Throws: `NewsStoreError.invalidArgument` for a country that is no country.
    func articleFilters(_ filter: ArticleFilter) throws -> WhereClause {
        var filters = WhereClause()
        if filter.undatedOnly { filters.add("published_at IS NULL") }
        if let from = filter.range.from?.iso { filters.add("published_at >= ?", from) }
        if let to = filter.range.to?.iso { filters.add("published_at < date(?, '+1 day')", to) }
        if let place = filter.place {
            let key = PlaceNameKey.fold(place)
            filters.add(
                "id IN (SELECT article_id FROM place_mention WHERE place_id IN (\(Self.placesNamed)))", key, key)
        }
        if let author = filter.author {
            filters.add(
                """
                id IN (SELECT aa.article_id FROM article_author aa JOIN author au ON au.id = aa.author_id
                       WHERE au.name_key = ?)
                """, NameKey.fold(author))
        }
        if let source = filter.source { filters.add("source = ? COLLATE NOCASE", source) }
        if let country = filter.country {
            filters.add(
                """
                id IN (SELECT m.article_id FROM place_mention m JOIN place p ON p.id = m.place_id
                       WHERE p.country_code = ?)
                """, try countryCode(for: country))
        }
        return filters
    }

    /// The bylines of several articles, each in byline order, in one statement.
    func bylines(of articleIDs: [Int]) throws -> [Int: [Byline]] {
        guard !articleIDs.isEmpty else { return [:] }
        var bylines: [Int: [Byline]] = [:]
        _ = try db.query(
            """
            SELECT aa.article_id, au.name, aa.role, aa.outlet FROM article_author aa JOIN author au ON au.id = aa.author_id
            WHERE aa.article_id IN (SELECT value FROM json_each(?)) ORDER BY aa.article_id, aa.position
            """, [WhereClause.jsonArray(articleIDs)]
        ) { row in
            bylines[try row.int("article_id"), default: []].append(
                Byline(
                    name: try row.text("name"), role: try row.optionalText("role"),
                    outlet: try row.optionalText("outlet")))
        }
        return bylines
    }

    /// Authors of an article in byline order.
    func authors(of articleID: Int) throws -> [Byline] {
        try bylines(of: [articleID])[articleID] ?? []
    }

    /// An `article` row with `id`, `published_at`, `title` and `source` (authors are read apart).
    static func summary(from row: Row) throws -> ArticleSummary {
        ArticleSummary(
            id: try row.int("id"), publishedAt: try publishedTime(row, "published_at"), title: try row.text("title"),
            source: try row.optionalText("source"), authors: [])
    }

    func article(id: Int) throws -> ArticleDetail {
        let found = try db.queryFirst(
            """
            SELECT id, url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                   source, section, language, content_hash, imported_from, imported_at
            FROM article WHERE id = ?
            """, [id], Self.article(from:))
        guard var article = found else { throw NewsStoreError.articleNotFound(id: id) }
        article.authors = try authors(of: id)
        return ArticleDetail(
            article: article, places: try places(PlaceFilter(articleID: id)),
            events: try events(EventFilter(articleID: id)))
    }

    /// An `article.published_at` or `updated_at` value.
    /// - Throws: `StoredValueError` for text that is not an ISO day or UTC instant.
    private static func publishedTime(_ row: Row, _ column: String) throws -> PublishedTime? {
        guard let text = try row.optionalText(column) else { return nil }
        guard let time = PublishedTime(iso: text) else {
            throw StoredValueError(table: "article", column: column, expected: "a day or a UTC time (ISO 8601)")
        }
        return time
    }

    private static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A whole `article` row (authors are read apart).
    private static func article(from row: Row) throws -> Article {
        Article(
            id: try row.int("id"), url: try row.optionalText("url"), title: try row.text("title"),
            highlights: lines(try row.text("highlights")), body: try row.text("body"),
            captions: lines(try row.text("captions")), publishedAt: try publishedTime(row, "published_at"),
            publishedTimeZone: try row.optionalText("published_tz"), updatedAt: try publishedTime(row, "updated_at"),
            updatedTimeZone: try row.optionalText("updated_tz"), source: try row.optionalText("source"),
            section: try row.optionalText("section"), language: try row.optionalText("language"),
            contentHash: try row.text("content_hash"), importedFrom: try row.text("imported_from"),
            importedAt: try row.text("imported_at"), authors: [])
    }
}
