extension NewsStore {
    /// Full-text search in the newsq query language: words are ANDed, "phrases", OR, -word and
    /// NOT word, mos* prefixes, title:word and parentheses.
    ///
    /// ```swift
    /// let result = try store.search("mosul -dabiq", SearchOptions(since: "2016-10-01"))
    /// ```
    /// - Throws: `NewsStoreError.invalidQuery` for an empty or meaningless query,
    ///   `.invalidFTS5Expression` for a `raw` expression FTS5 refuses; `.invalidArgument` for a bad
    ///   filter; `SQLiteError`.
    public func search(_ text: String, _ options: SearchOptions = SearchOptions()) throws -> SearchResult {
        let expression: String
        var notes: [String] = []
        if options.raw {
            try FTS5Validator.validate(text)
            expression = text
        } else {
            let query = try SearchQuery.parse(text)
            expression = query.fts5Expression
            notes = query.notes
        }
        var placeKeys: String?
        if let place = options.place { placeKeys = PlaceNameKey.fold(place) }
        let order: String
        switch options.sort {
        case .rank: order = "score DESC, a.published_at DESC, a.id DESC"
        case .newest: order = "a.published_at DESC, a.id DESC"
        case .oldest: order = "a.published_at ASC, a.id ASC"
        }
        let filters = """
            article_fts MATCH ?1
              AND (?2 IS NULL OR substr(a.published_at, 1, 10) >= ?2)
              AND (?3 IS NULL OR substr(a.published_at, 1, 10) <= ?3)
              AND (?4 IS NULL OR EXISTS (SELECT 1 FROM article_author aa JOIN author au ON au.id = aa.author_id
                   WHERE aa.article_id = a.id AND instr(au.name_key, ?4) > 0))
              AND (?5 IS NULL OR EXISTS (SELECT 1 FROM place_mention m JOIN place p ON p.id = m.place_id
                   WHERE m.article_id = a.id AND (p.name_key = ?5
                         OR p.id IN (SELECT place_id FROM place_name WHERE name_key = ?5))))
              AND (?6 IS NULL OR lower(a.source) = lower(?6))
            """
        let values: [any SQLiteBindable] = [
            expression, options.since, options.until, options.author.map(NameKey.fold), placeKeys, options.source,
        ]
        // Weights: title 10, highlights 5, body and captions 1. bm25 is negative; flip it.
        let hits = try db.query(
            """
            SELECT a.id, a.published_at, a.title, a.source,
                   -bm25(article_fts, 10.0, 5.0, 1.0, 1.0) AS score,
                   snippet(article_fts, -1, char(2), char(3), '…', 16)
            FROM article_fts JOIN article a ON a.id = article_fts.rowid
            WHERE \(filters)
            ORDER BY \(order) LIMIT ?7 OFFSET ?8
            """, values + [options.limit, options.offset]
        ) { row in
            SearchHit(
                article: ArticleSummary(
                    id: row.int(0) ?? 0, publishedAt: row.string(1), title: row.text(2), source: row.string(3),
                    authors: []),
                score: row.double(4) ?? 0, snippet: row.text(5))
        }
        let total =
            try db.queryFirst(
                "SELECT count(*) FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE \(filters)", values
            ) { $0.int(0) ?? 0 } ?? 0
        let withAuthors = try hits.map { hit in
            var hit = hit
            hit.article.authors = try authors(of: hit.article.id).map(\.name)
            return hit
        }
        return SearchResult(hits: withAuthors, total: total, expression: expression, notes: notes)
    }
}
