extension SQLiteStorage {
    /// Search compiled to FTS5: the parsed query as a safe expression, or a raw expression after
    /// checking it on a private table; ranked by bm25 with title and highlights weighted up.
    func search(_ input: SearchInput, _ options: SearchOptions) throws -> SearchResult {
        let expression: String
        var notes: [String] = []
        switch input {
        case .raw(let text):
            try FTS5Validator.validate(text)
            expression = text
        case .query(let query):
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
            expression, options.since?.iso, options.until?.iso, options.author.map(NameKey.fold), placeKeys,
            options.source,
        ]
        // Weights: title 10, highlights 5, body and captions 1. bm25 is negative; flip it.
        let hits = try db.query(
            """
            SELECT a.id, a.published_at, a.title, a.source,
                   -bm25(article_fts, 10.0, 5.0, 1.0, 1.0) AS score,
                   snippet(article_fts, -1, char(2), char(3), '…', 16) AS snippet
            FROM article_fts JOIN article a ON a.id = article_fts.rowid
            WHERE \(filters)
            ORDER BY \(order) LIMIT ?7 OFFSET ?8
            """, values + [options.limit, options.offset]
        ) { row in
            SearchHit(
                article: try Self.summary(from: row), score: try row.double("score"), snippet: try row.text("snippet"))
        }
        let total =
            try db.queryFirst(
                "SELECT count(*) AS hits FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE \(filters)",
                values
            ) { try $0.int("hits") } ?? 0
        let withAuthors = try hits.map { hit in
            var hit = hit
            hit.article.authors = try authors(of: hit.article.id).map(\.name)
            return hit
        }
        return SearchResult(hits: withAuthors, total: total, expression: expression, notes: notes)
    }
}
