#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        /// Facet counts over the chosen articles: one grouped statement per facet over the chosen
        /// ids (a materialized CTE), most common value first, at most `limit` values, in one
        /// read-only transaction under the search's time limit. Values sort as SQLite's do (byte
        /// order, no value last among equal counts).
        package func facets(of selection: FacetScope, by facets: [Facet], limit: Int) throws -> [FacetCount] {
            var filters: PostgresFilters
            var timeout = SearchOptions.defaultTimeout
            var expression = "facets"
            switch selection {
            case .search(let input, let options):
                let query = try compiled(input)
                filters = PostgresFilters()
                filters.add("a.search @@ to_tsquery('newsq', ?)", query.match)
                addSearchFilters(options, to: &filters)
                timeout = options.timeout
                expression = query.match
            case .articles(let filter):
                filters = try articleFilters(filter)
            }
            let chosen = "SELECT a.id FROM article a WHERE \(filters.sql)"
            do {
                return try readOnlyTransaction(timeout: timeout) {
                    var counts: [FacetCount] = []
                    for facet in facets {
                        var statement = filters
                        let cap = statement.placeholder(limit)
                        // ORDER BY takes output names only bare, so the grouping is a subquery.
                        let sql = """
                            WITH chosen(id) AS MATERIALIZED (\(chosen))
                            SELECT value, n FROM (\(Self.facetQuery(facet))) AS counts
                            ORDER BY n DESC, value IS NULL, value COLLATE "C" LIMIT \(cap)
                            """
                        counts += try session.query(sql, statement.values) { row in
                            FacetCount(facet: facet, value: try row.optionalText("value"), articles: try row.int("n"))
                        }
                    }
                    return counts
                }
            } catch let error as PostgresStoreError where error.isTimeout {
                throw NewsStoreError.searchTimedOut(query: expression, seconds: timeout)
            }
        }

        /// The grouped statement of one facet over `chosen(id)`: `value` and its count `n`.
        private static func facetQuery(_ facet: Facet) -> String {
            switch facet {
            case .source:
                return """
                    SELECT a.source AS value, count(*) AS n FROM chosen c JOIN article a ON a.id = c.id
                    GROUP BY a.source
                    """
            case .month, .year:
                let length = facet == .month ? 7 : 4
                return """
                    SELECT substr(a.published_at, 1, \(length)) AS value, count(*) AS n
                    FROM chosen c JOIN article a ON a.id = c.id GROUP BY 1
                    """
            case .author:
                return """
                    SELECT min(au.name) AS value, count(DISTINCT c.id) AS n FROM chosen c
                    JOIN article_author aa ON aa.article_id = c.id JOIN author au ON au.id = aa.author_id
                    GROUP BY au.id
                    """
            case .country:
                return """
                    SELECT p.country_code AS value, count(DISTINCT c.id) AS n FROM chosen c
                    JOIN place_mention m ON m.article_id = c.id JOIN place p ON p.id = m.place_id
                    WHERE p.country_code IS NOT NULL GROUP BY p.country_code
                    """
            case .place:
                return """
                    SELECT min(p.name) AS value, count(DISTINCT c.id) AS n FROM chosen c
                    JOIN place_mention m ON m.article_id = c.id JOIN place p ON p.id = m.place_id
                    GROUP BY p.id
                    """
            }
        }
    }
#endif
