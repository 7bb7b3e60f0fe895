#if PostgreSQL
    import NewsStore

    extension PostgresStorage {
        package func events(_ filter: EventFilter) throws -> [Event] {
            if let place = filter.place {
                let key = PlaceNameKey.fold(place)
                let known =
                    try session.queryFirst(
                        """
                        SELECT 1 AS found FROM place WHERE name_key = $1
                        UNION ALL SELECT 1 FROM place_name WHERE name_key = $1 LIMIT 1
                        """, [key]
                    ) { _ in true } ?? false
                guard known else { throw NewsStoreError.placeNotFound(name: place) }
            }
            var filters = PostgresFilters()
            if let place = filter.place {
                let key = PlaceNameKey.fold(place)
                filters.add(
                    """
                    EXISTS (SELECT 1 FROM event_place ep
                            WHERE ep.event_id = e.id AND ep.place_id IN (\(Self.placesNamed)))
                    """, key, key)
            }
            // The days an event may fall on overlap the range (an open end is unbounded); the
            // range index of migration 0005 answers this without reading earlier events.
            if filter.range.from != nil || filter.range.to != nil {
                filters.add(
                    "newsq_event_days(e.date_start, e.date_end) && daterange(?::date, ?::date, '[]')",
                    filter.range.from?.iso, filter.range.to?.iso)
            }
            if let articleID = filter.articleID { filters.add("e.article_id = ?", articleID) }
            let limit = filters.placeholder(filter.limit)
            let offset = filters.placeholder(filter.offset)
            let events = try session.query(
                """
                SELECT e.id, e.article_id, a.title AS article_title, e.date_start, e.date_end, e.precision, e.expression,
                       e.rule, e.evidence
                FROM event e JOIN article a ON a.id = e.article_id
                WHERE \(filters.sql)
                ORDER BY e.date_start, e.date_end, e.id
                LIMIT \(limit) OFFSET \(offset)
                """, filters.values, Self.event(from:))
            guard !events.isEmpty else { return [] }
            var places: [Int: [String]] = [:]
            for row in try session.query(
                """
                SELECT ep.event_id, p.name FROM event_place ep JOIN place p ON p.id = ep.place_id
                WHERE ep.event_id = ANY($1) ORDER BY ep.event_id, p.name COLLATE "C"
                """, [events.map(\.id)], { (id: try $0.int("event_id"), name: try $0.text("name")) })
            {
                places[row.id, default: []].append(row.name)
            }
            return events.map { event in
                var event = event
                event.places = places[event.id] ?? []
                return event
            }
        }

        /// An `event` row with its article's title (places are read apart).
        private static func event(from row: StoredRow) throws -> Event {
            let start = try row.text("date_start")
            let end = try row.text("date_end")
            guard let first = CalendarDay(iso: start), let last = CalendarDay(iso: end), first <= last,
                let precision = DatePrecision(rawValue: try row.text("precision"))
            else {
                throw PostgresStoreError(
                    sqlState: nil, message: "event \(try row.int("id")) has days or a precision newsq would not write",
                    sql: "")
            }
            return Event(
                id: try row.int("id"), articleID: try row.int("article_id"),
                articleTitle: try row.text("article_title"),
                date: EventDate(start: first, end: last, precision: precision), expression: try row.text("expression"),
                rule: try row.text("rule"), evidence: try row.text("evidence"), places: [])
        }
    }
#endif
