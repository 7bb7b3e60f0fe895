/// Articles read whole for `newsq export`, and export records written back as given: the other
/// half of an exact round trip.
extension SQLiteStorage {
    func exportRecord(articleID: Int) throws -> ExportRecord {
        let found = try db.queryFirst(
            """
            SELECT url, title, highlights, body, captions, published_at, published_tz, updated_at, updated_tz,
                   source, section, language, content_hash, imported_from, imported_at, extracted
            FROM article WHERE id = ?
            """, [articleID]
        ) { row in
            ExportRecord(
                url: try row.optionalText("url"), title: try row.text("title"),
                highlights: Self.storedLines(try row.text("highlights")), body: try row.text("body"),
                captions: Self.storedLines(try row.text("captions")),
                published: try Self.storedTime(row, "published_at"),
                publishedTimeZone: try row.optionalText("published_tz"),
                updated: try Self.storedTime(row, "updated_at"),
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
        _ = try db.query(
            """
            SELECT place_id, field, start_offset, end_offset, surface, sentence, resolved
            FROM place_mention WHERE article_id = ? ORDER BY id
            """, [articleID]
        ) { row in
            let mention = ExportedMention(
                field: try Self.storedField(row), start: try row.int("start_offset"), end: try row.int("end_offset"),
                surface: try row.text("surface"), sentence: try row.text("sentence"), resolved: try row.bool("resolved")
            )
            mentions.append((position(of: try row.int("place_id")), mention))
        }
        var eventPlaces: [Int: [Int]] = [:]
        _ = try db.query(
            """
            SELECT ep.event_id, ep.place_id FROM event_place ep JOIN event e ON e.id = ep.event_id
            WHERE e.article_id = ? ORDER BY ep.event_id, ep.place_id
            """, [articleID]
        ) { row in eventPlaces[try row.int("event_id"), default: []].append(try row.int("place_id")) }
        record.events = try db.query(
            """
            SELECT id, date, date_start, date_end, precision, expression, rule, evidence, field, start_offset
            FROM event WHERE article_id = ? ORDER BY id
            """, [articleID]
        ) { row in
            guard let start = CalendarDay(iso: try row.text("date_start")),
                let end = CalendarDay(iso: try row.text("date_end")),
                let precision = DatePrecision(rawValue: try row.text("precision"))
            else { throw StoredValueError(table: "event", column: "date_start", expected: "days and a precision") }
            return ExportedEvent(
                date: try row.text("date"), start: start, end: end, precision: precision,
                expression: try row.text("expression"), rule: try row.text("rule"), evidence: try row.text("evidence"),
                field: try Self.storedField(row), offset: try row.int("start_offset"),
                places: (eventPlaces[try row.int("id")] ?? []).map(position(of:)).sorted())
        }
        record.places = try placeIDs.map(exportedPlace(id:))
        for (place, mention) in mentions { record.places[place].mentions.append(mention) }
    }

    private func exportedPlace(id: Int) throws -> ExportedPlace {
        let found = try db.queryFirst(
            """
            SELECT name, kind, country_code, admin1, latitude, longitude, population, geonames_id, origin
            FROM place WHERE id = ?
            """, [id]
        ) { row in
            guard let origin = PlaceOrigin(rawValue: try row.text("origin")) else {
                throw StoredValueError(table: "place", column: "origin", expected: "'gazetteer' or 'text'")
            }
            return ExportedPlace(
                name: try row.text("name"), kind: PlaceKind(try row.text("kind")),
                countryCode: try row.optionalText("country_code"), admin1: try row.optionalText("admin1"),
                latitude: try row.optionalDouble("latitude"), longitude: try row.optionalDouble("longitude"),
                population: try row.optionalInt("population"), geonamesID: try row.optionalInt("geonames_id"),
                origin: origin)
        }
        guard var place = found else {
            throw StoredValueError(table: "place_mention", column: "place_id", expected: "an existing place")
        }
        place.names = try db.query("SELECT name FROM place_name WHERE place_id = ? ORDER BY name", [id]) {
            try $0.text("name")
        }
        return place
    }

    func writeExported(_ records: [(record: ExportRecord, contentHash: String, origin: String)]) throws
        -> [ArticleWriteOutcome]
    {
        defer { cachedGazetteer = nil }
        return try db.transaction(.immediate) {
            let writer = ExportRecordWriter(db: db)
            var outcomes: [ArticleWriteOutcome] = []
            for item in records {
                // Inside the transaction: a record seen earlier in this batch is found too.
                if let existing = try storedArticle(contentHash: item.contentHash) {
                    outcomes.append(.alreadyPresent(existing))
                    continue
                }
                do {
                    let id = try db.savepoint("record") {
                        try writer.write(item.record, contentHash: item.contentHash, origin: item.origin)
                    }
                    outcomes.append(.stored(id: id))
                } catch {
                    // SQLite rolled the whole transaction back itself (disk full, I/O error):
                    // the rest of the batch must not run outside it.
                    if db.isAutocommit { throw error }
                    outcomes.append(.failed(error))
                }
            }
            return outcomes
        }
    }

    private static func storedLines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func storedTime(_ row: Row, _ column: String) throws -> PublishedTime? {
        guard let text = try row.optionalText(column) else { return nil }
        guard let time = PublishedTime(iso: text) else {
            throw StoredValueError(table: "article", column: column, expected: "a day or a UTC time (ISO 8601)")
        }
        return time
    }

    private static func storedField(_ row: Row) throws -> ArticleField {
        guard let field = ArticleField(rawValue: try row.text("field")) else {
            throw StoredValueError(table: "place_mention", column: "field", expected: "an article field")
        }
        return field
    }
}
