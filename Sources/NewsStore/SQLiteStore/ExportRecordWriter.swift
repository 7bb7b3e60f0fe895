/// Writes one `ExportRecord` as given — the article row, its authors, places, mentions and
/// events, nothing extracted again — inside the caller's savepoint. Authors are matched by
/// folded name and places by GeoNames id, else by folded name, kind, country and origin, so an
/// export imported into a store that knows some of them adds each person and place once.
struct ExportRecordWriter {
    let db: Connection

    /// Writes `record` and returns the new article id.
    /// - Throws: `NewsStoreError.invalidArgument` for an event naming a place the record lacks
    ///   or a span that runs backwards; `SQLiteError` for a value the schema refuses.
    func write(_ record: ExportRecord, contentHash: String, origin: String) throws -> Int {
        try db.run(
            """
            INSERT INTO article(url, title, highlights, body, captions, published_at, published_tz,
                updated_at, updated_tz, source, section, language, content_hash, imported_from, imported_at,
                extracted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                record.url, record.title, record.highlights.joined(separator: "\n"), record.body,
                record.captions.joined(separator: "\n"), record.published?.iso, record.publishedTimeZone,
                record.updated?.iso, record.updatedTimeZone, record.source, record.section, record.language,
                contentHash, record.origin ?? origin, record.importedAt ?? Timestamp.now(), record.extracted,
            ])
        let articleID = db.lastInsertRowID
        for (position, byline) in record.authors.enumerated() {
            try db.run(
                "INSERT OR IGNORE INTO article_author(article_id, author_id, position, role, outlet) VALUES (?, ?, ?, ?, ?)",
                [articleID, try authorID(for: byline.name), position, byline.role, byline.outlet])
        }
        var placeIDs: [Int] = []
        for place in record.places {
            let placeID = try placeID(for: place)
            placeIDs.append(placeID)
            for name in [place.name] + place.names + place.mentions.map(\.surface) {
                try db.run(
                    "INSERT OR IGNORE INTO place_name(place_id, name_key, name) VALUES (?, ?, ?)",
                    [placeID, PlaceNameKey.fold(name), name])
            }
            for mention in place.mentions {
                guard 0 <= mention.start, mention.start <= mention.end else {
                    throw NewsStoreError.invalidArgument(
                        name: "mention", value: mention.surface, reason: "its end comes before its start")
                }
                try db.run(
                    """
                    INSERT INTO place_mention(article_id, place_id, field, start_offset, end_offset, surface, sentence, resolved)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        articleID, placeID, mention.field.rawValue, mention.start, mention.end, mention.surface,
                        mention.sentence, mention.resolved,
                    ])
            }
        }
        for event in record.events {
            guard event.start <= event.end else {
                throw NewsStoreError.invalidArgument(
                    name: "event date", value: event.date, reason: "its end comes before its start")
            }
            try db.run(
                """
                INSERT INTO event(article_id, date, date_start, date_end, precision, expression, rule, evidence, field, start_offset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    articleID, event.date, event.start.iso, event.end.iso, event.precision.rawValue, event.expression,
                    event.rule, event.evidence, event.field.rawValue, event.offset,
                ])
            let eventID = db.lastInsertRowID
            for position in event.places {
                guard placeIDs.indices.contains(position) else {
                    throw NewsStoreError.invalidArgument(
                        name: "event place", value: String(position),
                        reason: "the record has \(placeIDs.count) places (counted from 0)")
                }
                try db.run(
                    "INSERT OR IGNORE INTO event_place(event_id, place_id) VALUES (?, ?)",
                    [eventID, placeIDs[position]])
            }
        }
        return articleID
    }

    /// One author row per person across articles, matched by folded name.
    private func authorID(for name: String) throws -> Int {
        let key = NameKey.fold(name)
        if let id = try db.queryFirst("SELECT id FROM author WHERE name_key = ?", [key], { try $0.int("id") }) {
            return id
        }
        try db.run("INSERT INTO author(name, name_key) VALUES (?, ?)", [name, key])
        return db.lastInsertRowID
    }

    /// The place row the record means: the one with its GeoNames id, else one of the same folded
    /// name, kind, country and origin without an id; a new row with every field as given otherwise.
    private func placeID(for place: ExportedPlace) throws -> Int {
        let key = PlaceNameKey.fold(place.name)
        if let geonamesID = place.geonamesID {
            if let id = try db.queryFirst(
                "SELECT id FROM place WHERE geonames_id = ?", [geonamesID], { try $0.int("id") })
            {
                return id
            }
        } else if let id = try db.queryFirst(
            """
            SELECT id FROM place WHERE name_key = ? AND +kind = ? AND +country_code IS ? AND +origin = ?
              AND geonames_id IS NULL ORDER BY id LIMIT 1
            """, [key, place.kind.rawValue, place.countryCode, place.origin.rawValue], { try $0.int("id") })
        {
            return id
        }
        try db.run(
            """
            INSERT INTO place(name, kind, country_code, admin1, latitude, longitude, population, geonames_id, name_key, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                place.name, place.kind.rawValue, place.countryCode, place.admin1, place.latitude, place.longitude,
                place.population, place.geonamesID, key, place.origin.rawValue,
            ])
        return db.lastInsertRowID
    }
}
