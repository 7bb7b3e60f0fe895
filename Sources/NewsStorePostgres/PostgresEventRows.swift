#if PostgreSQL
    import NewsStore

    /// An article's events, gathered and then inserted with one statement (`unnest` of bound
    /// arrays) that returns their ids in the order they were added: one round trip where each
    /// event took one.
    struct PostgresEventRows {
        private var dates: [String] = []
        private var starts: [String] = []
        private var ends: [String] = []
        private var precisions: [String] = []
        private var expressions: [String] = []
        private var rules: [String] = []
        private var evidence: [String] = []
        private var fields: [String] = []
        private var offsets: [Int] = []

        /// How many events were added.
        var count: Int { dates.count }

        /// One event; its id is at the same position in what `insert` returns.
        mutating func add(
            date: String, start: String, end: String, precision: String, expression: String, rule: String,
            evidence: String, field: ArticleField, offset: Int
        ) {
            dates.append(date)
            starts.append(start)
            ends.append(end)
            precisions.append(precision)
            expressions.append(expression)
            rules.append(rule)
            self.evidence.append(evidence)
            fields.append(field.rawValue)
            offsets.append(offset)
        }

        /// Inserts the events of `articleID`; returns their ids in the order they were added.
        /// The rows go in by their position (`ORDER BY n`), each taking the next identity value,
        /// so the returned ids sorted ascending are in that order.
        /// - Throws: `PostgresStoreError`.
        func insert(articleID: Int, _ session: PostgresSession) throws -> [Int] {
            guard !dates.isEmpty else { return [] }
            let ids = try session.query(
                """
                INSERT INTO event(article_id, date, date_start, date_end, precision, expression, rule, evidence, field,
                    start_offset)
                SELECT $1, date, date_start, date_end, precision, expression, rule, evidence, field, start_offset
                FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                    $9::text[], $10::integer[]) WITH ORDINALITY
                    AS u(date, date_start, date_end, precision, expression, rule, evidence, field, start_offset, n)
                ORDER BY n
                RETURNING id
                """,
                [articleID, dates, starts, ends, precisions, expressions, rules, evidence, fields, offsets]
            ) { try $0.int("id") }
            guard ids.count == dates.count else {
                throw PostgresStoreError(
                    sqlState: nil, message: "\(ids.count) event ids returned for \(dates.count) events",
                    sql: "INSERT INTO event")
            }
            return ids.sorted()
        }
    }
#endif
