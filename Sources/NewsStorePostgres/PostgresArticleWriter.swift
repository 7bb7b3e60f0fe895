#if PostgreSQL
    import NewsStore

    /// Writes one extracted article — its row, authors, places, mentions and events — inside the
    /// caller's transaction, matching places to stored rows (gazetteer entries by GeoNames id,
    /// names-only places by folded name, kind and country) so each place exists once: the same rules
    /// as the SQLite engine's `ArticleWriter`.
    struct PostgresArticleWriter {
        let session: PostgresSession

        /// Writes `extracted`; returns the new article id.
        func write(_ extracted: ExtractedArticle, hash: String, origin: String, isExtracted: Bool = true) throws -> Int
        {
            let article = extracted.article
            let id = try session.queryFirst(
                """
                INSERT INTO article(url, title, highlights, body, captions, published_at, published_tz,
                    updated_at, updated_tz, source, section, language, content_hash, imported_from, imported_at, extracted)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                RETURNING id
                """,
                [
                    article.url, article.title, article.text(of: .highlights), article.body,
                    article.text(of: .captions),
                    article.publishedAt?.iso, article.publishedTimeZone, article.updatedAt?.iso,
                    article.updatedTimeZone,
                    article.source, article.section, article.language, hash, origin, StorageEngineSupport.timestamp(),
                    isExtracted,
                ]
            ) { try $0.int("id") }
            guard let id else {
                throw PostgresStoreError(sqlState: nil, message: "no id returned", sql: "INSERT INTO article")
            }
            for (position, byline) in article.authors.enumerated() {
                try session.run(
                    """
                    INSERT INTO article_author(article_id, author_id, position, role, outlet) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT DO NOTHING
                    """, [id, try session.authorID(for: byline.name), position, byline.role, byline.outlet])
            }
            try writeKnowledge(of: extracted, articleID: id)
            return id
        }

        /// Writes the places, mentions and events of an article whose row exists: places one by
        /// one (each needs its id), their names, mentions and event links in one statement each.
        func writeKnowledge(of extracted: ExtractedArticle, articleID: Int) throws {
            var rows = PostgresKnowledgeRows()
            var placeIDs: [String: Int] = [:]
            var known = try gazetteerPlaces(of: extracted.places)
            for place in extracted.places {
                let placeID = try placeID(for: place, known: &known, rows: &rows)
                placeIDs[place.name] = placeID
                for mention in place.mentions {
                    rows.addName(mention.surface, to: placeID)
                    rows.addMention(
                        articleID: articleID, placeID: placeID, field: mention.span.field, start: mention.span.start,
                        end: mention.span.end, surface: mention.surface, sentence: mention.sentence,
                        resolved: place.isResolved)
                }
            }
            var events = PostgresEventRows()
            for event in extracted.events {
                events.add(
                    date: event.date.label, start: event.date.start.iso, end: event.date.end.iso,
                    precision: event.date.precision.rawValue, expression: event.expression, rule: event.rule,
                    evidence: event.evidence, field: event.span.field, offset: event.span.start)
            }
            for (event, eventID) in zip(extracted.events, try events.insert(articleID: articleID, session)) {
                for name in event.places {
                    guard let placeID = placeIDs[name] else { continue }
                    rows.link(event: eventID, to: placeID)
                }
            }
            try rows.write(session)
        }

        /// The place row for an extracted place, created when the store does not know it yet; a
        /// stored place without coordinates gets the point the gazetteer now has for it, in the
        /// same statement that finds it.
        private func placeID(
            for place: ExtractedPlace, known: inout [Int: Int], rows: inout PostgresKnowledgeRows
        ) throws -> Int {
            if let geonamesID = place.geonamesID, let id = known[geonamesID] { return id }
            let key = PlaceNameKey.fold(place.name)
            if place.geonamesID == nil,
                let id = try stored(
                    """
                    name_key = $1 AND kind = $2 AND country_code IS NOT DISTINCT FROM $3
                    ORDER BY origin = 'gazetteer' DESC, id LIMIT 1
                    """, [key, place.kind.rawValue, place.countryCode], point: place)
            {
                return id
            }
            let inserted = try session.queryFirst(
                """
                INSERT INTO place(name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
                """,
                [
                    place.name, place.kind.rawValue, place.countryCode, place.admin1, place.latitude, place.longitude,
                    place.population, place.geonamesID, key, place.origin.rawValue,
                ]
            ) { try $0.int("id") }
            guard let id = inserted else {
                throw PostgresStoreError(sqlState: nil, message: "no id returned", sql: "INSERT INTO place")
            }
            if let geonamesID = place.geonamesID { known[geonamesID] = id }
            rows.addName(place.name, to: id)
            // A shipped place comes in with every name the gazetteer gives it ("Al Mawsil" for Mosul).
            if let geonamesID = place.geonamesID {
                for name in StorageEngineSupport.shippedNames(geonamesID: geonamesID) { rows.addName(name, to: id) }
            }
            return id
        }

        /// The stored places of the article's gazetteer places, by GeoNames id, found in one
        /// statement that also gives a stored place without coordinates the gazetteer's point.
        private func gazetteerPlaces(of places: [ExtractedPlace]) throws -> [Int: Int] {
            let ids = places.compactMap(\.geonamesID)
            guard !ids.isEmpty else { return [:] }
            let located = places.compactMap { place -> (Int, Double, Double)? in
                guard let id = place.geonamesID, let latitude = place.latitude, let longitude = place.longitude else {
                    return nil
                }
                return (id, latitude, longitude)
            }
            let rows = try session.query(
                """
                WITH point AS (SELECT * FROM unnest($2::bigint[], $3::float8[], $4::float8[]) AS u(g, lat, lon)),
                filled AS (
                    UPDATE place AS p SET latitude = point.lat, longitude = point.lon FROM point
                    WHERE p.geonames_id = point.g AND p.latitude IS NULL
                )
                SELECT id, geonames_id FROM place WHERE geonames_id = ANY($1::bigint[]) ORDER BY id
                """, [ids, located.map(\.0), located.map(\.1), located.map(\.2)]
            ) { (id: try $0.int("id"), geonamesID: try $0.int("geonames_id")) }
            var known: [Int: Int] = [:]
            for row in rows where known[row.geonamesID] == nil { known[row.geonamesID] = row.id }
            return known
        }

        /// The id of the place `condition` finds (its values bound from `$1`), its point filled in
        /// from `place` when it has none: one round trip.
        private func stored(_ condition: String, _ values: [PostgresBind], point place: ExtractedPlace) throws -> Int? {
            guard let latitude = place.latitude, let longitude = place.longitude else {
                return try session.queryFirst("SELECT id FROM place WHERE \(condition)", values) { try $0.int("id") }
            }
            let next = values.count + 1
            return try session.queryFirst(
                """
                WITH found AS (SELECT id FROM place WHERE \(condition)),
                filled AS (
                    UPDATE place SET latitude = $\(next), longitude = $\(next + 1)
                    WHERE id IN (SELECT id FROM found) AND latitude IS NULL
                )
                SELECT id FROM found
                """, values + [latitude, longitude]
            ) { try $0.int("id") }
        }
    }
#endif
