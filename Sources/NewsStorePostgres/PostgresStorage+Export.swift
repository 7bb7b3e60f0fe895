#if PostgreSQL
    import NewsStore

    /// Articles read whole for `newsq export`, as the SQLite engine reads them, so an export from
    /// either engine holds the same records; export records written back as given.
    extension PostgresStorage {
        package func exportRecord(articleID: Int) throws -> ExportRecord {
            let found = try session.queryFirst(
                """
                SELECT url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                       source, section, language, content_hash, imported_from, imported_at, extracted
                FROM article WHERE id = $1
                """, [articleID]
            ) { row in
                ExportRecord(
                    url: try row.optionalText("url"), title: try row.text("title"),
                    highlights: Self.lines(try row.text("highlights")), body: try row.text("body"),
                    captions: Self.lines(try row.text("captions")), published: try Self.time(row, "published_at"),
                    publishedTimeZone: try row.optionalText("published_tz"), updated: try Self.time(row, "updated_at"),
                    updatedTimeZone: try row.optionalText("updated_tz"), source: try row.optionalText("source"),
                    section: try row.optionalText("section"), language: try row.optionalText("language"),
                    contentHash: try row.text("content_hash"), origin: try row.text("imported_from"),
                    importedAt: try row.text("imported_at"), extracted: try row.bool("extracted"))
            }
            guard var record = found else { throw NewsStoreError.articleNotFound(id: articleID) }
            record.authors = try authors(of: articleID)
            try addKnowledge(of: articleID, to: &record)
            return record
        }

        package func writeExported(_ records: [(record: ExportRecord, contentHash: String, origin: String)]) throws
            -> [ArticleWriteOutcome]
        {
            defer { cachedGazetteer = nil }
            return try session.transaction("BEGIN") {
                let writer = PostgresExportRecordWriter(session: session)
                var outcomes: [ArticleWriteOutcome] = []
                for item in records {
                    // Inside the transaction: a record seen earlier in this batch is found too.
                    if let existing = try storedArticle(contentHash: item.contentHash) {
                        outcomes.append(.alreadyPresent(existing))
                        continue
                    }
                    do {
                        let id = try session.transaction("BEGIN") {
                            try writer.write(item.record, contentHash: item.contentHash, origin: item.origin)
                        }
                        outcomes.append(.stored(id: id))
                    } catch {
                        try session.run("SELECT 1")  // a lost connection ends the batch, not the record
                        outcomes.append(.failed(error))
                    }
                }
                return outcomes
            }
        }

        /// The places (in the order the article first mentions them, then those only its events
        /// name) with their mentions, and the events with positions into those places.
        private func addKnowledge(of articleID: Int, to record: inout ExportRecord) throws {
            var positions: [Int: Int] = [:]
            var placeIDs: [Int] = []
            func position(of placeID: Int) -> Int {
                if let known = positions[placeID] { return known }
                positions[placeID] = placeIDs.count
                placeIDs.append(placeID)
                return placeIDs.count - 1
            }
            var mentions: [(place: Int, mention: ExportedMention)] = []
            for row in try session.query(
                """
                SELECT place_id, field, start_offset, end_offset, surface, sentence, resolved
                FROM place_mention WHERE article_id = $1 ORDER BY id
                """, [articleID], { $0 })
            {
                let mention = ExportedMention(
                    field: try Self.field(row), start: try row.int("start_offset"), end: try row.int("end_offset"),
                    surface: try row.text("surface"), sentence: try row.text("sentence"),
                    resolved: try row.bool("resolved"))
                mentions.append((position(of: try row.int("place_id")), mention))
            }
            var eventPlaces: [Int: [Int]] = [:]
            for row in try session.query(
                """
                SELECT ep.event_id, ep.place_id FROM event_place ep JOIN event e ON e.id = ep.event_id
                WHERE e.article_id = $1 ORDER BY ep.event_id, ep.place_id
                """, [articleID], { (event: try $0.int("event_id"), place: try $0.int("place_id")) })
            {
                eventPlaces[row.event, default: []].append(row.place)
            }
            let events = try session.query(
                """
                SELECT id, date, date_start, date_end, precision, expression, rule, evidence, field, start_offset
                FROM event WHERE article_id = $1 ORDER BY id
                """, [articleID], { $0 })
            record.events = try events.map { row in
                guard let start = CalendarDay(iso: try row.text("date_start")),
                    let end = CalendarDay(iso: try row.text("date_end")),
                    let precision = DatePrecision(rawValue: try row.text("precision"))
                else {
                    throw PostgresStoreError(sqlState: nil, message: "an event without days and a precision", sql: "")
                }
                return ExportedEvent(
                    date: try row.text("date"), start: start, end: end, precision: precision,
                    expression: try row.text("expression"), rule: try row.text("rule"),
                    evidence: try row.text("evidence"), field: try Self.field(row), offset: try row.int("start_offset"),
                    places: (eventPlaces[try row.int("id")] ?? []).map(position(of:)).sorted())
            }
            record.places = try placeIDs.map(exportedPlace(id:))
            for (place, mention) in mentions { record.places[place].mentions.append(mention) }
        }

        private func exportedPlace(id: Int) throws -> ExportedPlace {
            let found = try session.queryFirst(
                """
                SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id, origin
                FROM place WHERE id = $1
                """, [id], Self.place(from:))
            guard let place = found else {
                throw PostgresStoreError(sqlState: nil, message: "a mention of place \(id), which is gone", sql: "")
            }
            var exported = ExportedPlace(
                name: place.name, kind: place.kind, countryCode: place.countryCode, admin1: place.admin1,
                latitude: place.latitude, longitude: place.longitude, population: place.population,
                geonamesID: place.geonamesID, origin: place.origin)
            exported.names = try session.query(
                "SELECT name FROM place_name WHERE place_id = $1 ORDER BY name COLLATE \"C\"", [id]
            ) { try $0.text("name") }
            return exported
        }

        /// A row's `field` column.
        private static func field(_ row: StoredRow) throws -> ArticleField {
            guard let field = ArticleField(rawValue: try row.text("field")) else {
                throw PostgresStoreError(sqlState: nil, message: "a field newsq does not write", sql: "")
            }
            return field
        }
    }
#endif
