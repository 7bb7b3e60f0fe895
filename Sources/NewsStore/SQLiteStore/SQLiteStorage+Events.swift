extension SQLiteStorage {
    func events(_ filter: EventFilter) throws -> [Event] {
        var placeKey: String?
        if let place = filter.place {
            let key = PlaceNameKey.fold(place)
            let known =
                try db.queryFirst(
                    """
                    SELECT 1 FROM place
                    WHERE name_key = ?1 OR id IN (SELECT place_id FROM place_name WHERE name_key = ?1) LIMIT 1
                    """,
                    [key]
                ) { _ in true } ?? false
            guard known else { throw NewsStoreError.placeNotFound(name: place) }
            placeKey = key
        }
        let events = try db.query(
            """
            SELECT e.id, e.article_id, a.title AS article_title, e.date_start, e.date_end, e.precision, e.expression,
                   e.rule, e.evidence
            FROM event e JOIN article a ON a.id = e.article_id
            WHERE (?1 IS NULL OR e.date_end >= ?1) AND (?2 IS NULL OR e.date_start <= ?2)
              AND (?3 IS NULL OR e.article_id = ?3)
              AND (?4 IS NULL OR EXISTS (
                    SELECT 1 FROM event_place ep JOIN place p ON p.id = ep.place_id
                    WHERE ep.event_id = e.id AND (p.name_key = ?4
                          OR p.id IN (SELECT place_id FROM place_name WHERE name_key = ?4))))
            ORDER BY e.date_start, e.date_end, e.id
            LIMIT ?5 OFFSET ?6
            """,
            [filter.range.from?.iso, filter.range.to?.iso, filter.articleID, placeKey, filter.limit, filter.offset],
            Self.event(from:))
        return try events.map { event in
            var event = event
            event.places = try db.query(
                "SELECT p.name FROM event_place ep JOIN place p ON p.id = ep.place_id WHERE ep.event_id = ? ORDER BY p.name",
                [event.id]
            ) { try $0.text("name") }
            return event
        }
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
