extension SQLiteStorage {
    /// Facet counts over the chosen articles: the ids are gathered once (a materialized CTE),
    /// then one grouped statement per facet, most common value first, at most `limit` values.
    func facets(of selection: FacetScope, by facets: [Facet], limit: Int) throws -> [FacetCount] {
        let chosen: (sql: String, values: [any SQLiteBindable])
        var timeout = SearchOptions.defaultTimeout
        var expression: String?
        switch selection {
        case .search(let input, let options):
            let text = try Self.fts5Expression(input)
            let filters = searchFilters(text, options)
            chosen = ("SELECT article_fts.rowid AS id FROM article_fts WHERE \(filters.sql)", filters.values)
            timeout = options.timeout
            expression = text
        case .articles(let filter):
            let filters = try articleFilters(filter)
            chosen = ("SELECT id FROM article WHERE \(filters.sql)", filters.values)
        }
        let deadline = Deadline(secondsFromNow: timeout)
        do {
            return try db.withDeadline(deadline) {
                var counts: [FacetCount] = []
                for facet in facets {
                    let sql = "WITH chosen(id) AS MATERIALIZED (\(chosen.sql))\n" + Self.facetQuery(facet)
                    counts += try db.query(sql, chosen.values + [limit]) { row in
                        FacetCount(facet: facet, value: try row.optionalText("value"), articles: try row.int("n"))
                    }
                }
                return counts
            }
        } catch let error as SQLiteError where error.isInterrupt && deadline.expired {
            throw NewsStoreError.searchTimedOut(query: expression ?? "facets", seconds: timeout)
        }
    }

    /// The grouped statement of one facet over `chosen(id)`; its one parameter is the limit.
    private static func facetQuery(_ facet: Facet) -> String {
        let order = "ORDER BY n DESC, value IS NULL, value LIMIT ?"
        switch facet {
        case .source:
            return
                "SELECT a.source AS value, count(*) AS n FROM chosen c JOIN article a ON a.id = c.id GROUP BY value \(order)"
        case .month, .year:
            let length = facet == .month ? 7 : 4
            return """
                SELECT substr(a.published_at, 1, \(length)) AS value, count(*) AS n
                FROM chosen c JOIN article a ON a.id = c.id GROUP BY value \(order)
                """
        case .author:
            return """
                SELECT min(au.name) AS value, count(DISTINCT c.id) AS n FROM chosen c
                JOIN article_author aa ON aa.article_id = c.id JOIN author au ON au.id = aa.author_id
                GROUP BY au.id \(order)
                """
        case .country:
            return """
                SELECT p.country_code AS value, count(DISTINCT c.id) AS n FROM chosen c
                JOIN place_mention m ON m.article_id = c.id JOIN place p ON p.id = m.place_id
                WHERE p.country_code IS NOT NULL GROUP BY p.country_code \(order)
                """
        case .place:
            return """
                SELECT min(p.name) AS value, count(DISTINCT c.id) AS n FROM chosen c
                JOIN place_mention m ON m.article_id = c.id JOIN place p ON p.id = m.place_id
                GROUP BY p.id \(order)
                """
        }
    }
}
