/// Writes one extracted article — the article row, its authors, places, mentions and events —
/// inside the caller's transaction. Places are matched to existing rows (gazetteer entries by
/// GeoNames id, names-only places by folded name and country) so each place exists once.
struct ArticleWriter {
    let db: Connection

    /// Writes `extracted` and returns the new article id. `isExtracted` false marks an article
    /// stored without places and events (`import --no-extract`), for `extract --all` to find.
    func write(_ extracted: ExtractedArticle, hash: String, origin: String, isExtracted: Bool = true) throws -> Int {
        let article = extracted.article
        try db.run(
            """
            INSERT INTO article(url, title, highlights, body, captions, published_at, published_tz,
                updated_at, updated_tz, source, section, language, content_hash, imported_from, imported_at,
                extracted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                article.url, article.title, article.text(of: .highlights), article.body, article.text(of: .captions),
                article.publishedAt?.iso, article.publishedTimeZone, article.updatedAt?.iso, article.updatedTimeZone,
                article.source, article.section, article.language, hash, origin, Timestamp.now(), isExtracted,
            ])
        let articleID = db.lastInsertRowID
        for (position, byline) in article.authors.enumerated() {
            let authorID = try authorID(for: byline.name)
            try db.run(
                "INSERT OR IGNORE INTO article_author(article_id, author_id, position, role, outlet) VALUES (?, ?, ?, ?, ?)",
                [articleID, authorID, position, byline.role, byline.outlet])
        }
        try writeKnowledge(of: extracted, articleID: articleID)
        return articleID
    }

    /// Writes the places, mentions and events of an article whose row exists.
    func writeKnowledge(of extracted: ExtractedArticle, articleID: Int) throws {
        var placeIDs: [String: Int] = [:]
        for place in extracted.places {
            let placeID = try placeID(for: place)
            placeIDs[place.name] = placeID
            // A place is often mentioned several times with the same spelling: its name row is
            // written once per spelling (a repeat would be ignored by the table anyway).
            // Compared by bytes: `==` would merge canonically equal spellings the table keeps apart.
            var spellings: [String] = []
            for mention in place.mentions {
                // The article's spelling becomes a name of the place, so `--place Qayyara` finds
                // Al Qayyārah in later searches and filters.
                if !spellings.contains(where: { $0.utf8.elementsEqual(mention.surface.utf8) }) {
                    spellings.append(mention.surface)
                    try db.run(
                        "INSERT OR IGNORE INTO place_name(place_id, name_key, name) VALUES (?, ?, ?)",
                        [placeID, PlaceNameKey.fold(mention.surface), mention.surface])
                }
                try db.run(
                    """
                    INSERT INTO place_mention(article_id, place_id, field, start_offset, end_offset, surface, sentence, resolved)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        articleID, placeID, mention.span.field.rawValue, mention.span.start, mention.span.end,
                        mention.surface, mention.sentence, place.isResolved,
                    ])
            }
        }
        for event in extracted.events {
            try db.run(
                """
                INSERT INTO event(article_id, date, date_start, date_end, precision, expression, rule, evidence, field, start_offset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    articleID, event.date.label, event.date.start.iso, event.date.end.iso,
                    event.date.precision.rawValue,
                    event.expression,
                    event.rule, event.evidence, event.span.field.rawValue, event.span.start,
                ])
            let eventID = db.lastInsertRowID
            for name in event.places {
                guard let placeID = placeIDs[name] else { continue }
                try db.run("INSERT OR IGNORE INTO event_place(event_id, place_id) VALUES (?, ?)", [eventID, placeID])
            }
        }
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

    /// A names-only place by folded name, kind and country, a gazetteer row first. The unary plus
    /// keeps kind and country_code from choosing an index: without ANALYZE statistics SQLite would
    /// walk place_country (every place of a country, ~6.7 ms a look-up) where place_name_key finds
    /// the few places of that name (~0.02 ms).
    static let placeByName = """
        SELECT id FROM place WHERE name_key = ? AND +kind = ? AND +country_code IS ?
        ORDER BY origin = 'gazetteer' DESC, id LIMIT 1
        """

    /// The place row for an extracted place, created when the store does not know it yet.
    private func placeID(for place: ExtractedPlace) throws -> Int {
        if let geonamesID = place.geonamesID,
            let id = try db.queryFirst("SELECT id FROM place WHERE geonames_id = ?", [geonamesID], { try $0.int("id") })
        {
            try fillPoint(of: id, from: place)
            return id
        }
        let key = PlaceNameKey.fold(place.name)
        if place.geonamesID == nil,
            let id = try db.queryFirst(
                Self.placeByName, [key, place.kind.rawValue, place.countryCode], { try $0.int("id") })
        {
            try fillPoint(of: id, from: place)
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
        let id = db.lastInsertRowID
        try db.run(
            "INSERT OR IGNORE INTO place_name(place_id, name_key, name) VALUES (?, ?, ?)", [id, key, place.name])
        // A shipped place comes into the store with every name the gazetteer gives it, so filters
        // and saved queries find it by any of them ("Al Mawsil" for Mosul).
        if let geonamesID = place.geonamesID, let shipped = try? GazetteerImageCache.shipped.get(),
            let position = shipped.position(geonamesID: geonamesID)
        {
            for name in shipped.names(at: position) {
                try db.run(
                    "INSERT OR IGNORE INTO place_name(place_id, name_key, name) VALUES (?, ?, ?)",
                    [id, PlaceNameKey.fold(name), name])
            }
        }
        return id
    }

    /// Gives a stored place without coordinates the point the gazetteer now has for it: a country
    /// or region stored before the shipped gazetteer had points (the R*Tree follows by trigger).
    private func fillPoint(of id: Int, from place: ExtractedPlace) throws {
        guard let latitude = place.latitude, let longitude = place.longitude else { return }
        try db.run(
            "UPDATE place SET latitude = ?, longitude = ? WHERE id = ? AND latitude IS NULL", [latitude, longitude, id])
    }
}
