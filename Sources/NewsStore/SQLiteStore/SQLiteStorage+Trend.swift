extension SQLiteStorage {
    /// Matching articles per period (the search's own filters apply) and all articles per
    /// period, by the day part of `published_at`; two grouped statements under the search's time
    /// limit, then every period between the first and the last filled in.
    func trend(_ input: SearchInput, _ options: SearchOptions, by period: TrendPeriod) throws -> Trend {
        let expression = try Self.fts5Expression(input)
        let deadline = Deadline(secondsFromNow: options.timeout)
        do {
            return try db.withDeadline(deadline) {
                let filters = searchFilters(expression, options)
                var matchesByDay: [String: Int] = [:]
                var undated = 0
                let matchRows = try db.query(
                    """
                    SELECT substr(a.published_at, 1, 10) AS day, count(*) AS n
                    FROM article_fts JOIN article a ON a.id = article_fts.rowid
                    WHERE \(filters.sql) GROUP BY day
                    """, filters.values
                ) { row in (day: try row.optionalText("day"), count: try row.int("n")) }
                for row in matchRows {
                    if let day = row.day { matchesByDay[day] = row.count } else { undated = row.count }
                }
                var dateFilter = WhereClause()
                dateFilter.add("published_at IS NOT NULL")
                if let since = options.since { dateFilter.add("published_at >= ?", since.iso) }
                if let until = options.until { dateFilter.add("published_at < date(?, '+1 day')", until.iso) }
                var totalsByDay: [String: Int] = [:]
                let totalRows = try db.query(
                    """
                    SELECT substr(published_at, 1, 10) AS day, count(*) AS n FROM article
                    WHERE \(dateFilter.sql) GROUP BY day
                    """, dateFilter.values
                ) { row in (day: try row.text("day"), count: try row.int("n")) }
                for row in totalRows { totalsByDay[row.day] = row.count }
                return Trend(
                    period: period, points: Self.points(matchesByDay, totalsByDay, by: period),
                    undatedMatches: undated, expression: expression)
            }
        } catch let error as SQLiteError where error.isInterrupt && deadline.expired {
            throw NewsStoreError.searchTimedOut(query: expression, seconds: options.timeout)
        }
    }

    /// Day counts gathered into periods, every period from the first to the last present.
    static func points(_ matches: [String: Int], _ totals: [String: Int], by period: TrendPeriod) -> [TrendPoint] {
        var byStart: [CalendarDay: (matches: Int, total: Int)] = [:]
        for (key, count) in matches {
            guard let day = CalendarDay(iso: key) else { continue }
            byStart[period.period(of: day).start, default: (0, 0)].matches += count
        }
        for (key, count) in totals {
            guard let day = CalendarDay(iso: key) else { continue }
            byStart[period.period(of: day).start, default: (0, 0)].total += count
        }
        guard let first = byStart.keys.min(), let last = byStart.keys.max() else { return [] }
        var points: [TrendPoint] = []
        var start = first
        while start <= last {
            let (from, to, label) = period.period(of: start)
            let counts = byStart[from] ?? (0, 0)
            points.append(TrendPoint(period: label, start: from, end: to, matches: counts.matches, total: counts.total))
            start = period.next(after: from)
        }
        return points
    }
}
