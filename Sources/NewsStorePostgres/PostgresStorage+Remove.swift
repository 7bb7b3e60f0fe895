#if PostgreSQL
    import NewsStore

    /// `newsq rm`: articles removed with everything that hangs off them and nothing else, by the
    /// SQLite engine's rules.
    extension PostgresStorage {
        /// Deletes the articles (mentions, events, event places and author links go with them by
        /// cascade; the search vector is a column of the row), then the authors and places only
        /// they pointed at, all in one transaction.
        package func removeArticles(ids: [Int]) throws -> RemovalSummary {
            let unique = Array(Set(ids)).sorted()
            guard !unique.isEmpty else { return RemovalSummary() }
            let removed = try session.transaction("BEGIN") { () -> RemovalSummary in
                let present = Set(
                    try session.query("SELECT id FROM article WHERE id = ANY($1) FOR UPDATE", [unique]) {
                        try $0.int("id")
                    })
                if let missing = unique.first(where: { !present.contains($0) }) {
                    throw NewsStoreError.articleNotFound(id: missing)
                }
                var summary = RemovalSummary(articleIDs: unique)
                let authorIDs = try session.query(
                    "SELECT DISTINCT author_id FROM article_author WHERE article_id = ANY($1)", [unique]
                ) { try $0.int("author_id") }
                let placeIDs = try session.query(
                    """
                    SELECT place_id FROM place_mention WHERE article_id = ANY($1)
                    UNION
                    SELECT ep.place_id FROM event_place ep JOIN event e ON e.id = ep.event_id
                    WHERE e.article_id = ANY($1)
                    """, [unique]
                ) { try $0.int("place_id") }
                summary.mentions = try count(
                    "SELECT count(*) AS n FROM place_mention WHERE article_id = ANY($1)", unique)
                summary.events = try count("SELECT count(*) AS n FROM event WHERE article_id = ANY($1)", unique)
                try session.run("DELETE FROM article WHERE id = ANY($1)", [unique])
                summary.authors = try session.query(
                    """
                    DELETE FROM author WHERE id = ANY($1)
                      AND NOT EXISTS (SELECT 1 FROM article_author aa WHERE aa.author_id = author.id)
                    RETURNING id
                    """, [authorIDs]
                ).count
                summary.places = try removeUnreferencedPlaces(placeIDs)
                return summary
            }
            if removed.places > 0 { cachedGazetteer = nil }
            return removed
        }

        /// Of the places the removed articles pointed at, deletes those nothing points at any more
        /// that came in only through articles: names from text, and shipped gazetteer places
        /// (the binary brings them back when an article mentions them again).
        private func removeUnreferencedPlaces(_ placeIDs: [Int]) throws -> Int {
            let candidates = try session.query(
                """
                SELECT id, origin, geonames_id FROM place p WHERE id = ANY($1)
                  AND NOT EXISTS (SELECT 1 FROM place_mention m WHERE m.place_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM event_place ep WHERE ep.place_id = p.id)
                """, [placeIDs]
            ) { row in
                (id: try row.int("id"), origin: try row.text("origin"), geonamesID: try row.optionalInt("geonames_id"))
            }
            let deletable = candidates.filter { place in
                if place.origin == PlaceOrigin.text.rawValue { return true }
                guard let geonamesID = place.geonamesID else { return false }
                return StorageEngineSupport.isShippedPlace(geonamesID: geonamesID)
            }
            guard !deletable.isEmpty else { return 0 }
            return try session.query("DELETE FROM place WHERE id = ANY($1) RETURNING id", [deletable.map(\.id)]).count
        }

        private func count(_ sql: String, _ ids: [Int]) throws -> Int {
            try session.queryFirst(sql, [ids]) { try $0.int("n") } ?? 0
        }
    }
#endif
