extension SQLiteStorage {
    func events(_ filter: EventFilter) throws -> [Event] {
        if let place = filter.place {
            let key = PlaceNameKey.fold(place)
            let known =
                try db.queryFirst(
                    """
                    SELECT 1 FROM place WHERE name_key = ?1
                    UNION ALL SELECT 1 FROM place_name WHERE name_key = ?1 LIMIT 1
                    """,
                    [key]
                ) { _ in true } ?? false
            guard known else { throw NewsStoreError.placeNotFound(name: place) }
        }
        let statement = Self.eventsStatement(filter)
        let events = try db.query(statement.sql, statement.values, Self.event(from:))
        guard !events.isEmpty else { return [] }
        var places: [Int: [String]] = [:]
        _ = try db.query(
            """
            SELECT ep.event_id, p.name FROM event_place ep JOIN place p ON p.id = ep.place_id
            WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY ep.event_id, p.name
            """,
            [WhereClause.jsonArray(events.map(\.id))]
        ) { row in places[try row.int("event_id"), default: []].append(try row.text("name")) }
        return events.map { event in
            var event = event
            event.places = places[event.id] ?? []
            return event
        }
    }

    /// The events statement with only the filters that are set, so event_article or event_date
    /// serves them; apart so its query plan can be checked.
    static func eventsStatement(_ filter: EventFilter) -> (sql: String, values: [any SQLiteBindable]) {
        var filters = WhereClause()
        if let place = filter.place {
            let key = PlaceNameKey.fold(place)
            filters.add(
                """
                EXISTS (SELECT 1 FROM event_place ep
                        WHERE ep.event_id = e.id AND ep.place_id IN (\(placesNamed)))
                """, key, key)
        }
        if let from = filter.range.from {
            filters.add("e.date_end >= ?", from.iso)
            // Bounds the walk of event_date (see Migrations/0006): only events starting within a
            // year before the range, and the approximate ones.
            filters.add(
                """
                e.id IN (SELECT id FROM event WHERE date_start BETWEEN ? AND ?
                         UNION ALL SELECT id FROM event WHERE precision = 'approximate' AND date_start <= ?)
                """, from.year > 1 ? from.adding(days: -366).iso : "0000", filter.range.to?.iso ?? "9999-12-31",
                filter.range.to?.iso ?? "9999-12-31")
        }
        if let to = filter.range.to?.iso { filters.add("e.date_start <= ?", to) }
        if let articleID = filter.articleID { filters.add("e.article_id = ?", articleID) }
        let sql = """
            SELECT e.id, e.article_id, a.title AS article_title, e.date_start, e.date_end, e.precision, e.expression,
                   e.rule, e.evidence
            FROM event e JOIN article a ON a.id = e.article_id
            WHERE \(filters.sql)
            ORDER BY e.date_start, e.date_end, e.id
            LIMIT ? OFFSET ?
            """
        return (sql, filters.values + [filter.limit, filter.offset])
    }

    /// An `event` row with its article's title (places are read apart).
    private static func event(from row: Row) throws -> Event {
        Event(
            id: try row.int("id"), articleID: try row.int("article_id"), articleTitle: try row.text("article_title"),
            date: try eventDate(
                start: try row.text("date_start"), end: try row.text("date_end"), precision: try row.text("precision")),
            expression: try row.text("expression"), rule: try row.text("rule"), evidence: try row.text("evidence"),
            places: [])
    }

    /// An event's days as stored in `event.date_start`, `date_end` and `precision`.
    /// - Throws: `StoredValueError` for text newsq would not have written.
    static func eventDate(start: String, end: String, precision: String) throws -> EventDate {
        guard let first = CalendarDay(iso: start) else {
            throw StoredValueError(table: "event", column: "date_start", expected: "a day like 2016-10-17")
        }
        guard let last = CalendarDay(iso: end), first <= last else {
            throw StoredValueError(table: "event", column: "date_end", expected: "a day on or after date_start")
        }
        guard let precision = DatePrecision(rawValue: precision) else {
            throw StoredValueError(table: "event", column: "precision", expected: "day, month, year or approximate")
        }
        return EventDate(start: first, end: last, precision: precision)
    }
}
