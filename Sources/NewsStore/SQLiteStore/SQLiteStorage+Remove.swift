/// `newsq rm`: articles removed with everything that hangs off them and nothing else.
extension SQLiteStorage {
    /// Deletes the articles (their mentions, events, event places, author links and full-text
    /// rows go with them through the schema's cascades and triggers), then the authors and places
    /// only they pointed at, all in one transaction.
    func removeArticles(ids: [Int]) throws -> RemovalSummary {
        let unique = Array(Set(ids)).sorted()
        guard !unique.isEmpty else { return RemovalSummary() }
        let removed = try db.transaction(.immediate) { () -> RemovalSummary in
            let articles = WhereClause.jsonArray(unique)
            let present = Set(
                try db.query("SELECT id FROM article WHERE id IN (SELECT value FROM json_each(?))", [articles]) {
                    try $0.int("id")
                })
            if let missing = unique.first(where: { !present.contains($0) }) {
                throw NewsStoreError.articleNotFound(id: missing)
            }
            var summary = RemovalSummary(articleIDs: unique)
            let authorIDs = try db.query(
                "SELECT DISTINCT author_id FROM article_author WHERE article_id IN (SELECT value FROM json_each(?))",
                [articles]
            ) { try $0.int("author_id") }
            let placeIDs = try db.query(
                """
                SELECT place_id FROM place_mention WHERE article_id IN (SELECT value FROM json_each(?1))
                UNION
                SELECT ep.place_id FROM event_place ep JOIN event e ON e.id = ep.event_id
                WHERE e.article_id IN (SELECT value FROM json_each(?1))
                """, [articles]
            ) { try $0.int("place_id") }
            summary.mentions = try count(
                "SELECT count(*) FROM place_mention WHERE article_id IN (SELECT value FROM json_each(?))", articles)
            summary.events = try count(
                "SELECT count(*) FROM event WHERE article_id IN (SELECT value FROM json_each(?))", articles)
            try db.run("DELETE FROM article WHERE id IN (SELECT value FROM json_each(?))", [articles])
            try db.run(
                """
                DELETE FROM author WHERE id IN (SELECT value FROM json_each(?))
                  AND NOT EXISTS (SELECT 1 FROM article_author aa WHERE aa.author_id = author.id)
                """, [WhereClause.jsonArray(authorIDs)])
            summary.authors = db.changes
            summary.places = try removeUnreferencedPlaces(placeIDs)
            return summary
        }
        if removed.places > 0 { cachedGazetteer = nil }
        return removed
    }

    /// Of the places the removed articles pointed at, deletes those nothing points at any more
    /// and that came into the store only through articles: names from text, and shipped
    /// gazetteer places (the binary still holds them, and brings them back when an article
    /// mentions them again). Places of a gazetteer the user imported stay. Their other names go
    /// with them (cascade), their coordinate boxes through the R*Tree trigger.
    private func removeUnreferencedPlaces(_ placeIDs: [Int]) throws -> Int {
        let candidates = try db.query(
            """
            SELECT id, origin, geonames_id FROM place p WHERE id IN (SELECT value FROM json_each(?))
              AND NOT EXISTS (SELECT 1 FROM place_mention m WHERE m.place_id = p.id)
              AND NOT EXISTS (SELECT 1 FROM event_place ep WHERE ep.place_id = p.id)
            """, [WhereClause.jsonArray(placeIDs)]
        ) { row in
            (id: try row.int("id"), origin: try row.text("origin"), geonamesID: try row.optionalInt("geonames_id"))
        }
        let shipped = try? GazetteerImageCache.shipped.get()
        let deletable = candidates.filter { place in
            if place.origin == PlaceOrigin.text.rawValue { return true }
            guard let geonamesID = place.geonamesID, let shipped else { return false }
            return shipped.position(geonamesID: geonamesID) != nil
        }
        guard !deletable.isEmpty else { return 0 }
        try db.run(
            "DELETE FROM place WHERE id IN (SELECT value FROM json_each(?))",
            [WhereClause.jsonArray(deletable.map(\.id))])
        return db.changes
    }

    private func count(_ sql: String, _ value: String) throws -> Int {
        try db.queryFirst(sql, [value]) { $0.int(0) ?? 0 } ?? 0
    }
}
