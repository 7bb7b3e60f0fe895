#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        /// The most a body or caption word adds to a word's `ts_rank`: their weight (D and C) in
        /// `rankWeights`.
        static let bodyWeight = 0.1

        /// The page ranked by `ts_rank` over `search` for only the hits that can reach it, or nil
        /// when that cannot be proved for this query and page (then every hit is ranked).
        ///
        /// For a query ranked word by word (`TSQueryShape`), each word scores
        /// `(w_max + Σ_j w_j/(j+1)² − w_max/(j_max+1)²) / 1.6449` over its positions j in order
        /// (`calc_rank_or`), the sum then divided by the number of words. `newsq_search_head` is
        /// the title (weight 1) and highlights (0.5) with the positions they have at the start of
        /// `search`; body and captions (0.1) come after them. So for every article:
        /// - rank(search) ≥ rank(head): later positions only add terms, the heaviest position
        ///   stays the one in the head, and float addition of positive terms never decreases;
        /// - rank(search) < rank(head) + 0.1: a word absent from the head scores at most
        ///   0.1 × Σ 1/(j+1)² / 1.6449 < 0.1, and one in it gains less than that.
        ///
        /// Take any n hits (n = offset + limit) whose head holds a query word, and T the least
        /// head rank among them: n hits rank T or more over `search`, so a hit ranked below T is
        /// not on the page. A hit whose head holds no query word ranks under 0.1, one whose head
        /// ranks under T − 0.1 ranks under T; when T > 0.1 ranking the rest gives the same page,
        /// in the same order, as ranking every hit. The n are the first hits in head-rank order,
        /// so T is as high as it can be; 0.001 more covers float4 rounding.
        func prunedRankPage(_ query: CompiledSearch, _ options: SearchOptions) throws -> [(id: Int, score: Double)]? {
            let wanted = options.offset + options.limit
            guard options.sort == .rank, options.limit > 0, wanted > 0 else { return nil }
            let shape = try self.shape(of: query.rank)
            guard shape.ranksWordByWord else { return nil }
            var filters = PostgresFilters()
            filters.add("newsq_search_head(a.title, a.highlights) @@ to_tsquery('newsq', ?)", shape.anyWord)
            // Every filter but the match itself: the match reads `search`, so it is checked
            // only for the hits that set the bar and those that reach it.
            addSearchFilters(options, to: &filters)
            let rank = filters.placeholder(query.rank)
            let match = filters.placeholder(query.match)
            let count = filters.placeholder(wanted)
            let reach = filters.placeholder(Self.bodyWeight + 0.001)
            let limit = filters.placeholder(options.limit)
            let offset = filters.placeholder(options.offset)
            let page = try session.query(
                """
                WITH head AS MATERIALIZED (
                    SELECT a.id,
                           ts_rank(\(Self.rankWeights), newsq_search_head(a.title, a.highlights),
                                   to_tsquery('newsq', \(rank)))::float8 AS head
                    FROM article a WHERE \(filters.sql)
                    ORDER BY head DESC
                ), bar AS (
                    SELECT min(best.head) AS head
                    FROM (SELECT h.head FROM head h
                          WHERE (SELECT a.search @@ to_tsquery('newsq', \(match)) FROM article a WHERE a.id = h.id)
                          LIMIT \(count)) best
                    HAVING count(*) = \(count) AND min(best.head) > \(reach)
                )
                SELECT a.id, ts_rank(\(Self.rankWeights), a.search, to_tsquery('newsq', \(rank)))::float8 AS score
                FROM head JOIN bar ON head.head >= bar.head - \(reach) JOIN article a ON a.id = head.id
                WHERE a.search @@ to_tsquery('newsq', \(match))
                ORDER BY score DESC, a.published_at DESC NULLS LAST, a.id DESC
                LIMIT \(limit) OFFSET \(offset)
                """, filters.values
            ) { (id: try $0.int("id"), score: try $0.double("score")) }
            // When the bar is proved at least `wanted` hits reach it, so nothing back means it
            // was not.
            return page.isEmpty ? nil : page
        }

        /// The shape of a tsquery as the server parses it.
        /// - Throws: `PostgresStoreError`.
        func shape(of tsQuery: String) throws -> TSQueryShape {
            let parsed = try session.queryFirst("SELECT to_tsquery('newsq', $1)::text AS parsed", [tsQuery]) {
                try $0.text("parsed")
            }
            return TSQueryShape(parsed ?? "")
        }
    }
#endif
