import NewsStore

/// Several queries' trends on one set of periods: the union of their periods, in order. Period
/// names ("2016-10-17", "2016-10", "2016") sort in time order as text; every trend spans the
/// same periods, since the totals (all articles) are the same whatever the query.
struct TrendSeries {
    let queries: [String]
    /// Period names in order.
    let periods: [String]
    /// Articles published per period.
    let totals: [Int]
    /// Per query, matches per period.
    let matches: [[Int]]

    init(queries: [String], trends: [Trend]) {
        var totals: [String: Int] = [:]
        for point in trends.flatMap(\.points) { totals[point.period] = point.total }
        let periods = totals.keys.sorted()
        self.queries = queries
        self.periods = periods
        self.totals = periods.map { totals[$0] ?? 0 }
        matches = trends.map { trend in
            let byPeriod = Dictionary(trend.points.map { ($0.period, $0.matches) }, uniquingKeysWith: +)
            return periods.map { byPeriod[$0] ?? 0 }
        }
    }

    /// A share rounded to 4 decimals, nil for a period with no articles.
    func share(query: Int, period: Int) -> Double? {
        guard totals[period] > 0 else { return nil }
        return (Double(matches[query][period]) / Double(totals[period]) * 10_000).rounded() / 10_000
    }
}
