#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        /// Matching articles per period (the search's own filters apply) and all articles per
        /// period, by the day part of `published_at`: two grouped statements in one read-only
        /// transaction under the search's time limit, then every period between the first and the
        /// last filled in, as on SQLite.
        package func trend(_ input: SearchInput, _ options: SearchOptions, by period: TrendPeriod) throws -> Trend {
            let query = try compiled(input)
            do {
                return try readOnlyTransaction(timeout: options.timeout) {
                    var filters = PostgresFilters()
                    filters.add("a.search @@ to_tsquery('newsq', ?)", query.match)
                    addSearchFilters(options, to: &filters)
                    var matches: [String: Int] = [:]
                    var undated = 0
                    for row in try session.query(
                        """
                        SELECT substr(a.published_at, 1, 10) AS day, count(*) AS n FROM article a
                        WHERE \(filters.sql) GROUP BY day
                        """, filters.values, { (day: try $0.optionalText("day"), count: try $0.int("n")) })
                    {
                        if let day = row.day { matches[day] = row.count } else { undated = row.count }
                    }
                    var dated = PostgresFilters()
                    dated.add("published_at IS NOT NULL")
                    if let since = options.since { dated.add("published_at >= ?", since.iso) }
                    if let until = options.until { dated.add("published_at < ?", until.adding(days: 1).iso) }
                    var totals: [String: Int] = [:]
                    for row in try session.query(
                        """
                        SELECT substr(published_at, 1, 10) AS day, count(*) AS n FROM article
                        WHERE \(dated.sql) GROUP BY day
                        """, dated.values, { (day: try $0.text("day"), count: try $0.int("n")) })
                    {
                        totals[row.day] = row.count
                    }
                    return Trend(
                        period: period,
                        points: StorageEngineSupport.trendPoints(matches: matches, totals: totals, by: period),
                        undatedMatches: undated, expression: query.match)
                }
            } catch let error as PostgresStoreError where error.isTimeout {
                throw NewsStoreError.searchTimedOut(query: query.match, seconds: options.timeout)
            }
        }
    }
#endif
