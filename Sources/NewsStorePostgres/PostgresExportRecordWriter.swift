#if PostgreSQL
    import NewsStore

    /// Writes one `ExportRecord` as given — the article row, its authors, places, mentions and
    /// events, nothing extracted again — inside the caller's savepoint, by the SQLite engine's
    /// rules: authors matched by folded name, places by GeoNames id, else by folded name, kind,
    /// country and origin, so each person and place is added once.
    struct PostgresExportRecordWriter {
        let session: PostgresSession

        /// Writes `record` and returns the new article id: the article, authors, places and
        /// events row by row (each needs its id), names, mentions and event places in one
        /// statement each.
        /// - Throws: `NewsStoreError.invalidArgument` for an event naming a place the record lacks
        ///   or a span that runs backwards; `PostgresStoreError` for a value the schema refuses.
        func write(_ record: ExportRecord, contentHash: String, origin: String) throws -> Int {
            let inserted = try session.queryFirst(
                """
                INSERT INTO article(url, title, highlights, body, captions, published_at, published_tz,
                    updated_at, updated_tz, source, section, language, content_hash, imported_from, imported_at,
                    extracted)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id
                """,
                [
                    record.url, record.title, record.highlights.joined(separator: "\n"), record.body,
                    record.captions.joined(separator: "\n"), record.published?.iso, record.publishedTimeZone,
                    record.updated?.iso, record.updatedTimeZone, record.source, record.section, record.language,
                    contentHash, record.origin ?? origin, record.importedAt ?? StorageEngineSupport.timestamp(),
                    record.extracted,
                ]
            ) { try $0.int("id") }
            guard let articleID = inserted else {
                throw PostgresStoreError(sqlState: nil, message: "no id returned", sql: "INSERT INTO article")
            }
            for (position, byline) in record.authors.enumerated() {
                try session.run(
                    """
                    INSERT INTO article_author(article_id, author_id, position, role, outlet) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT DO NOTHING
                    """, [articleID, try session.authorID(for: byline.name), position, byline.role, byline.outlet])
            }
            var rows = PostgresKnowledgeRows()
            var placeIDs: [Int] = []
            for place in record.places {
                let placeID = try placeID(for: place)
                placeIDs.append(placeID)
                for name in [place.name] + place.names + place.mentions.map(\.surface) {
                    rows.addName(name, to: placeID)
                }
                for mention in place.mentions {
                    guard 0 <= mention.start, mention.start <= mention.end else {
                        throw NewsStoreError.invalidArgument(
                            name: "mention", value: mention.surface, reason: "its end comes before its start")
                    }
                    rows.addMention(
                        articleID: articleID, placeID: placeID, field: mention.field, start: mention.start,
                        end: mention.end, surface: mention.surface, sentence: mention.sentence,
                        resolved: mention.resolved)
                }
            }
            var events = PostgresEventRows()
            for event in record.events {
                guard event.start <= event.end else {
                    throw NewsStoreError.invalidArgument(
                        name: "event date", value: event.date, reason: "its end comes before its start")
                }
                for position in event.places where !placeIDs.indices.contains(position) {
                    throw NewsStoreError.invalidArgument(
                        name: "event place", value: String(position),
                        reason: "the record has \(placeIDs.count) places (counted from 0)")
                }
                events.add(
                    date: event.date, start: event.start.iso, end: event.end.iso, precision: event.precision.rawValue,
                    expression: event.expression, rule: event.rule, evidence: event.evidence, field: event.field,
                    offset: event.offset)
            }
            for (event, eventID) in zip(record.events, try events.insert(articleID: articleID, session)) {
                for position in event.places { rows.link(event: eventID, to: placeIDs[position]) }
            }
            try rows.write(session)
            return articleID
        }

        /// The place row the record means: the one with its GeoNames id, else one of the same
        /// folded name, kind, country and origin without an id; a new row otherwise.
        private func placeID(for place: ExportedPlace) throws -> Int {
            let key = PlaceNameKey.fold(place.name)
            if let geonamesID = place.geonamesID {
                if let id = try session.queryFirst(
                    "SELECT id FROM place WHERE geonames_id = $1", [geonamesID], { try $0.int("id") })
                {
                    return id
                }
            } else if let id = try session.queryFirst(
                """
                SELECT id FROM place WHERE name_key = $1 AND kind = $2 AND country_code IS NOT DISTINCT FROM $3
                  AND origin = $4 AND geonames_id IS NULL ORDER BY id LIMIT 1
                """, [key, place.kind.rawValue, place.countryCode, place.origin.rawValue], { try $0.int("id") })
            {
                return id
            }
            let id = try session.queryFirst(
                """
                INSERT INTO place(name, kind, country_code, admin1, latitude, longitude, population, geonames_id,
                    name_key, origin)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
                """,
                [
                    place.name, place.kind.rawValue, place.countryCode, place.admin1, place.latitude, place.longitude,
                    place.population, place.geonamesID, key, place.origin.rawValue,
                ]
            ) { try $0.int("id") }
            guard let id else {
                throw PostgresStoreError(sqlState: nil, message: "no id returned", sql: "INSERT INTO place")
            }
            return id
        }
    }
#endif
