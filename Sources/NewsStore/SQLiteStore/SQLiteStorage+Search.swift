extension SQLiteStorage {
    /// Search compiled to FTS5: the parsed query as a safe expression, or a raw expression after
    /// checking it on a private table; ranked by bm25 with title and highlights weighted up.
    ///
    /// The page is chosen inside FTS5 and the `article_published` index; only its rows are read
    /// from `article`, given snippets and authors. The count needs `article` only for `--source`.
    ///
    /// Every statement runs under `options.timeout`: repeated prefixes (`x* x* x* …`) make FTS5
    /// merge the same huge doclists again and again, for minutes on a few hundred articles.
    func search(_ input: SearchInput, _ options: SearchOptions) throws -> SearchResult {
        guard options.timeout > 0, options.timeout.isFinite else {
            throw NewsStoreError.invalidArgument(
                name: "time limit", value: options.timeout.formatted(), reason: "give a positive number of seconds")
        }
        let expression = try Self.fts5Expression(input)
        var notes: [String] = []
        if case .query(let query) = input { notes = query.notes }
        let deadline = Deadline(secondsFromNow: options.timeout)
        do {
            return try db.withDeadline(deadline) {
                let filters = searchFilters(expression, options)
                let (page, pageTotal) = try searchPage(filters, options)
                // The page statement counts the hits it matched; only an empty page (an offset past
                // the end, or --count) needs a statement of its own, without scores.
                let total =
                    try pageTotal
                    ?? db.queryFirst(
                        "SELECT count(*) AS hits FROM article_fts WHERE \(filters.sql)", filters.values
                    ) { try $0.int("hits") } ?? 0
                let hits = try searchHits(expression, page)
                return SearchResult(hits: hits, total: total, expression: expression, notes: notes)
            }
        } catch let error as SQLiteError where error.isInterrupt && deadline.expired {
            throw NewsStoreError.searchTimedOut(query: expression, seconds: options.timeout)
        }
    }

    /// The FTS5 expression of a search: the parsed query compiled, or a raw expression once
    /// checked on a private table.
    /// - Throws: `NewsStoreError.invalidQuery` for a raw expression FTS5 rejects.
    static func fts5Expression(_ input: SearchInput) throws -> String {
        switch input {
        case .raw(let text):
            try FTS5Validator.validate(text)
            return text
        case .query(let query):
            return query.fts5Expression
        }
    }

    /// The MATCH and the filters that are set, on `article_fts.rowid` (the article id). Dates
    /// compare whole `published_at` values with a range the `article_published` index serves
    /// (the set of ids is built once; `+` keeps FTS5 from being re-entered once per id in it):
    /// for 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:MM:SSZ' text, `substr(p, 1, 10) >= since` is
    /// `p >= since` and `substr(p, 1, 10) <= until` is `p < until + 1 day`.
    func searchFilters(_ expression: String, _ options: SearchOptions) -> WhereClause {
        var filters = WhereClause()
        filters.add("article_fts MATCH ?", expression)
        switch (options.since?.iso, options.until?.iso) {
        case (nil, nil): break
        case (let since?, nil):
            filters.add("+article_fts.rowid IN (SELECT id FROM article WHERE published_at >= ?)", since)
        case (nil, let until?):
            filters.add("+article_fts.rowid IN (SELECT id FROM article WHERE published_at < date(?, '+1 day'))", until)
        case (let since?, let until?):
            filters.add(
                "+article_fts.rowid IN (SELECT id FROM article WHERE published_at >= ? AND published_at < date(?, '+1 day'))",
                since, until)
        }
        if let author = options.author {
            filters.add(
                """
                EXISTS (SELECT 1 FROM article_author aa JOIN author au ON au.id = aa.author_id
                        WHERE aa.article_id = article_fts.rowid AND instr(au.name_key, ?) > 0)
                """, NameKey.fold(author))
        }
        if let place = options.place {
            let key = PlaceNameKey.fold(place)
            filters.add(
                """
                +article_fts.rowid IN (SELECT m.article_id FROM place_mention m
                                       WHERE m.place_id IN (\(Self.placesNamed)))
                """, key, key)
        }
        if let source = options.source {
            filters.add(
                "EXISTS (SELECT 1 FROM article a WHERE a.id = article_fts.rowid AND lower(a.source) = lower(?))", source
            )
        }
        return filters
    }

    /// The ids and scores of the page shown, in order. Every hit is scored inside FTS5 (bm25:
    /// title 10, highlights 5, body and captions 1, sign flipped so larger is better). By rank,
    /// only hits scoring at least the page's last score are read from `article`, for the
    /// newest-first tie break; by date, the page comes from the `article_published` index.
    private func searchPage(
        _ filters: WhereClause, _ options: SearchOptions
    ) throws -> (page: [(id: Int, score: Double)], total: Int?) {
        guard options.limit > 0 else { return ([], nil) }
        let statement = searchPageStatement(filters, options)
        var total: Int?
        let page = try db.query(statement.sql, statement.values) { row in
            total = try row.int("total")
            return (id: try row.int("id"), score: try row.double("score"))
        }
        return (page, total)
    }

    /// The statement behind `searchPage`, apart so its query plan can be checked.
    func searchPageStatement(
        _ filters: WhereClause, _ options: SearchOptions
    ) -> (sql: String, values: [any SQLiteBindable]) {
        let hits = """
            WITH hits AS MATERIALIZED (
                SELECT article_fts.rowid AS id, -bm25(article_fts, 10.0, 5.0, 1.0, 1.0) AS score
                FROM article_fts WHERE \(filters.sql))
            """
        switch options.sort {
        case .rank:
            let sql = """
                \(hits),
                cut AS (SELECT score FROM hits ORDER BY score DESC LIMIT 1 OFFSET ?)
                SELECT h.id, h.score, (SELECT count(*) FROM hits) AS total FROM hits h JOIN article a ON a.id = h.id
                WHERE h.score >= coalesce((SELECT score FROM cut), -1e308)
                ORDER BY h.score DESC, a.published_at DESC, a.id DESC LIMIT ? OFFSET ?
                """
            return (sql, filters.values + [max(options.offset + options.limit - 1, 0), options.limit, options.offset])
        case .newest, .oldest:
            let direction = options.sort == .newest ? "DESC" : "ASC"
            // `+a.id` keeps SQLite from looking rows up by id: it walks the covering index in order.
            let sql = """
                \(hits)
                SELECT h.id, h.score, (SELECT count(*) FROM hits) AS total FROM article a JOIN hits h ON h.id = +a.id
                ORDER BY a.published_at \(direction), a.id \(direction) LIMIT ? OFFSET ?
                """
            return (sql, filters.values + [options.limit, options.offset])
        }
    }

    /// The page's articles with snippets and authors, in the page's order: three statements
    /// whatever the page size.
    private func searchHits(_ expression: String, _ page: [(id: Int, score: Double)]) throws -> [SearchHit] {
        guard !page.isEmpty else { return [] }
        let ids = WhereClause.jsonArray(page.map(\.id))
        var summaries: [Int: ArticleSummary] = [:]
        for summary in try db.query(
            "SELECT id, published_at, title, source FROM article WHERE id IN (SELECT value FROM json_each(?))", [ids],
            Self.summary(from:))
        {
            summaries[summary.id] = summary
        }
        // Terms: one FTS5 look-up per page id (CROSS JOIN on MATCH and rowid), not a walk over
        // every hit. A prefix query would merge the doclists of every word it expands to once per
        // look-up (0.3–0.4 s for `mos*` at 100k articles): it walks its hits once instead (0.02 s).
        let oneLookUpPerID = """
            SELECT article_fts.rowid AS id, snippet(article_fts, -1, char(2), char(3), '…', 16) AS snippet
            FROM json_each(?2) j CROSS JOIN article_fts ON article_fts.rowid = j.value
            WHERE article_fts MATCH ?1
            """
        let oneWalk = """
            SELECT article_fts.rowid AS id, snippet(article_fts, -1, char(2), char(3), '…', 16) AS snippet
            FROM article_fts WHERE article_fts MATCH ?1 AND +article_fts.rowid IN (SELECT value FROM json_each(?2))
            """
        var snippets: [Int: String] = [:]
        _ = try db.query(expression.contains("*") ? oneWalk : oneLookUpPerID, [expression, ids]) { row in
            snippets[try row.int("id")] = try row.text("snippet")
        }
        let authors = try bylines(of: page.map(\.id))
        return page.compactMap { entry in
            guard var summary = summaries[entry.id] else { return nil }
            summary.authors = authors[entry.id] ?? []
            return SearchHit(article: summary, score: entry.score, snippet: snippets[entry.id] ?? "")
        }
    }
}
