#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        /// `ts_rank` weights in tsvector order {D, C, B, A}: captions and body 1, highlights 5,
        /// title 10, as the SQLite engine's bm25 weighs the columns.
        static let rankWeights = "'{0.1, 0.1, 0.5, 1.0}'::float4[]"

        /// Search compiled to `tsquery`: the parsed query through `SearchQuery.tsQuery()`, or a raw
        /// tsquery as written once the server accepts it. Every hit is ranked with the query's kept
        /// part only; headlines are made for the page shown, not for every hit. All statements run
        /// in one read-only transaction under `statement_timeout`.
        package func search(_ input: SearchInput, _ options: SearchOptions) throws -> SearchResult {
            guard options.timeout > 0, options.timeout.isFinite else {
                throw NewsStoreError.invalidArgument(
                    name: "time limit", value: options.timeout.formatted(), reason: "give a positive number of seconds")
            }
            let query = try compiled(input)
            do {
                return try readOnlyTransaction(timeout: options.timeout) {
                    // The planner prices `@@` on a row at nothing, but on `search` it reads and
                    // inflates the row's toasted vector: for a word in most articles it chose a
                    // scan of the whole table that inflated every row, twice when ranking. The
                    // GIN index's bitmap counts without reading a vector (unless a phrase must be
                    // checked), and ranking then reads each vector once.
                    try session.run("SET LOCAL enable_seqscan = off")
                    var filters = PostgresFilters()
                    filters.add("a.search @@ to_tsquery('newsq', ?)", query.match)
                    addSearchFilters(options, to: &filters)
                    let (page, pageTotal) = options.limit > 0 ? try searchPage(query, filters, options) : ([], nil)
                    let total = try pageTotal ?? count(query, filters: filters, options)
                    return StorageEngineSupport.searchResult(
                        hits: try searchHits(query, page), total: total, expression: query.match, notes: query.notes)
                }
            } catch let error as PostgresStoreError where error.isTimeout {
                throw NewsStoreError.searchTimedOut(query: query.match, seconds: options.timeout)
            }
        }

        /// A search as tsquery text: what must match, what ranks, and the parser's notes.
        struct CompiledSearch {
            var match: String
            var rank: String
            var notes: [String]
        }

        /// The tsquery of a search; a raw one is checked by the server first.
        /// - Throws: `NewsStoreError.invalidQuery` for a raw tsquery the server rejects.
        func compiled(_ input: SearchInput) throws -> CompiledSearch {
            switch input {
            case .query(let query):
                let compiled = try query.tsQuery()
                return CompiledSearch(match: compiled.match, rank: compiled.rank, notes: query.notes)
            case .raw(let text):
                do {
                    try session.run("SELECT to_tsquery('newsq', $1)", [text])
                } catch let error as PostgresStoreError {
                    throw NewsStoreError.invalidQuery(query: text, reason: error.message + " (raw tsquery syntax)")
                }
                return CompiledSearch(match: text, rank: text, notes: [])
            }
        }

        /// The search options' filters on `article a`, as the SQLite engine applies them (the author
        /// by any part of the folded name, the source by name ignoring case).
        func addSearchFilters(_ options: SearchOptions, to filters: inout PostgresFilters) {
            if let since = options.since { filters.add("a.published_at >= ?", since.iso) }
            if let until = options.until { filters.add("a.published_at < ?", until.adding(days: 1).iso) }
            if let author = options.author {
                filters.add(
                    """
                    EXISTS (SELECT 1 FROM article_author aa JOIN author au ON au.id = aa.author_id
                            WHERE aa.article_id = a.id AND strpos(au.name_key, ?) > 0)
                    """, StorageEngineSupport.authorKey(author))
            }
            if let place = options.place {
                let key = PlaceNameKey.fold(place)
                filters.add(
                    "a.id IN (SELECT m.article_id FROM place_mention m WHERE m.place_id IN (\(Self.placesNamed)))", key,
                    key)
            }
            if let source = options.source { filters.add("lower(a.source) = lower(?)", source) }
        }

        /// The number of hits. With other filters set, the planner would check `@@` row by row
        /// on the rows they leave (inflating each one's vector) however many there are; when the
        /// index answers the match alone, the hits' ids come from it first.
        private func count(_ query: CompiledSearch, filters: PostgresFilters, _ options: SearchOptions) throws -> Int {
            var sql = "SELECT count(*) AS hits FROM article a WHERE \(filters.sql)"
            var values = filters.values
            let filtered =
                options.since != nil || options.until != nil || options.author != nil
                || options.place != nil || options.source != nil
            if filtered, try shape(of: query.match).indexAnswersExactly {
                var others = PostgresFilters(after: [query.match])
                others.add("a.id IN (SELECT id FROM hits)")
                addSearchFilters(options, to: &others)
                sql = """
                    WITH hits AS MATERIALIZED (SELECT id FROM article WHERE search @@ to_tsquery('newsq', $1))
                    SELECT count(*) AS hits FROM article a WHERE \(others.sql)
                    """
                values = others.values
            }
            return try session.queryFirst(sql, values) { try $0.int("hits") } ?? 0
        }

        /// The ids and scores of the page shown, in order (ties by rank go to the newest), and the
        /// number of hits when ranking every hit counted them on the way.
        private func searchPage(_ query: CompiledSearch, _ filters: PostgresFilters, _ options: SearchOptions) throws
            -> (page: [(id: Int, score: Double)], total: Int?)
        {
            if let page = try prunedRankPage(query, options) { return (page, nil) }
            var filters = filters
            let rank = filters.placeholder(query.rank)
            let order: String
            switch options.sort {
            case .rank: order = "score DESC, a.published_at DESC NULLS LAST, a.id DESC"
            case .newest: order = "a.published_at DESC NULLS LAST, a.id DESC"
            case .oldest: order = "a.published_at ASC NULLS FIRST, a.id ASC"
            }
            let limit = filters.placeholder(options.limit)
            let offset = filters.placeholder(options.offset)
            // Ranking every hit reads every hit's vector anyway: the count comes with it (a phrase
            // would have read them all once more to count). Sorted by date, the page can stop
            // early, and the bitmap count is cheaper.
            let counted = options.sort == .rank
            let rows = try session.query(
                """
                SELECT a.id, ts_rank(\(Self.rankWeights), a.search, to_tsquery('newsq', \(rank)))::float8 AS score,
                       \(counted ? "count(*) OVER ()" : "NULL::bigint") AS hits
                FROM article a WHERE \(filters.sql)
                ORDER BY \(order) LIMIT \(limit) OFFSET \(offset)
                """, filters.values
            ) { (id: try $0.int("id"), score: try $0.double("score"), hits: try $0.optionalInt("hits")) }
            return (rows.map { (id: $0.id, score: $0.score) }, rows.first?.hits)
        }

        /// The page's articles with a headline and authors, in the page's order.
        private func searchHits(_ query: CompiledSearch, _ page: [(id: Int, score: Double)]) throws -> [SearchHit] {
            guard !page.isEmpty else { return [] }
            let marks =
                "StartSel=\(SearchHit.matchStart), StopSel=\(SearchHit.matchEnd), MaxWords=16, MinWords=6, "
                + "MaxFragments=1, FragmentDelimiter=…"
            var found: [Int: (summary: ArticleSummary, snippet: String)] = [:]
            for row in try session.query(
                """
                SELECT id, published_at, title, source,
                       ts_headline('newsq', concat_ws(E'\\n', title, highlights, body, captions),
                                   to_tsquery('newsq', $2), $3) AS snippet
                FROM article WHERE id = ANY($1)
                """, [page.map(\.id), query.rank, marks],
                { (summary: try Self.summary(from: $0), snippet: try $0.text("snippet")) })
            {
                found[row.summary.id] = row
            }
            let authors = try bylines(of: page.map(\.id))
            return page.compactMap { entry in
                guard let row = found[entry.id] else { return nil }
                var summary = row.summary
                summary.authors = authors[entry.id] ?? []
                return StorageEngineSupport.searchHit(article: summary, score: entry.score, snippet: row.snippet)
            }
        }

        /// Runs `body` in a read-only transaction whose statements the server stops after `timeout`
        /// seconds (`SET LOCAL` ends with the transaction).
        func readOnlyTransaction<T>(timeout: Double, _ body: () throws -> T) throws -> T {
            try session.transaction("BEGIN READ ONLY") {
                let milliseconds = max(1, Int((timeout * 1_000).rounded(.up)))
                try session.run("SET LOCAL statement_timeout = \(milliseconds)")
                return try body()
            }
        }

        package func articleIDs(_ selection: ArticleSelection, search: SearchInput?, after id: Int, limit: Int) throws
            -> [Int]
        {
            var filters = PostgresFilters()
            if let search { filters.add("a.search @@ to_tsquery('newsq', ?)", try compiled(search).match) }
            if selection.undatedOnly { filters.add("a.published_at IS NULL") }
            // As on SQLite: with a search the author matches any part of the name, without one the
            // whole name (the filters of `search` and of `articles`).
            addSearchFilters(
                SearchOptions(
                    since: selection.since, until: selection.until, author: search == nil ? nil : selection.author,
                    place: selection.place, source: selection.source), to: &filters)
            if search == nil, let author = selection.author {
                filters.add(
                    """
                    a.id IN (SELECT aa.article_id FROM article_author aa JOIN author au ON au.id = aa.author_id
                             WHERE au.name_key = ?)
                    """, StorageEngineSupport.authorKey(author))
            }
            filters.add("a.id > ?", id)
            let cap = filters.placeholder(limit)
            return try session.query(
                "SELECT a.id FROM article a WHERE \(filters.sql) ORDER BY a.id LIMIT \(cap)", filters.values
            ) { try $0.int("id") }
        }
    }
#endif
