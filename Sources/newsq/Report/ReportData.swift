import NewsStore

/// What a report shows, read from the store once: the matching articles (with snippets when
/// there is a query), the places they mention (counts summed over them), their events in date
/// order and, with a query, its monthly trend.
struct ReportData {
    /// The query as typed; empty for "every article that passes the filters".
    var query: String
    /// Filters in words ("since 2016-10-01, place Mosul"), for the heading.
    var filters: [String]
    /// Matching articles in the store (with a query), or the articles listed (without one).
    var total: Int
    /// True when more articles match than the report holds.
    var truncated: Bool
    var articles: [ReportArticle]
    var places: [PlaceCount]
    /// For each place id, the report's articles that mention it, in report order.
    var placeArticles: [Int: [Int]]
    var events: [Event]
    var trend: TrendSeries?

    /// One article of the report.
    struct ReportArticle {
        var summary: ArticleSummary
        var url: String?
        /// With highlight markers (`Highlight`), or the start of the body when there is no query.
        var snippet: String
    }

    /// Reads it all; at most `limit` articles (best first with a query, newest first without).
    /// - Throws: what `search`, `articles` and `article(id:)` throw.
    static func read(
        from store: NewsStore, query: String, options: SearchOptions, filters: [String], limit: Int
    ) throws -> ReportData {
        var options = options
        options.limit = limit
        var summaries: [(ArticleSummary, String?)] = []
        var total: Int
        var truncated = false
        var trend: TrendSeries?
        if query.isEmpty {
            let filter = ArticleFilter(
                range: DateRange(from: options.since, to: options.until), place: options.place, author: options.author,
                source: options.source, limit: limit + 1)
            let found = try store.articles(filter)
            summaries = found.prefix(limit).map { ($0, nil) }
            total = min(found.count, limit)
            truncated = found.count > limit
        } else {
            let result = try store.search(query, options)
            summaries = result.hits.map { ($0.article, $0.snippet) }
            total = result.total
            truncated = result.total > result.hits.count
            trend = TrendSeries(queries: [query], trends: [try store.trend(query, options, by: .month)])
        }
        var articles: [ReportArticle] = []
        var placeTotals: [Int: PlaceCount] = [:]
        var placeArticles: [Int: [Int]] = [:]
        var events: [Event] = []
        for (summary, snippet) in summaries {
            let detail = try store.article(id: summary.id)
            let opening = String(detail.article.body.prefix(280))
            articles.append(ReportArticle(summary: summary, url: detail.article.url, snippet: snippet ?? opening))
            for count in detail.places {
                var sum = placeTotals[count.place.id] ?? PlaceCount(place: count.place, mentions: 0, articles: 0)
                sum.mentions += count.mentions
                sum.articles += 1
                placeTotals[count.place.id] = sum
                placeArticles[count.place.id, default: []].append(summary.id)
            }
            events += detail.events
        }
        let places = placeTotals.values.sorted {
            $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.place.id < $1.place.id
        }
        events.sort { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
        return ReportData(
            query: query, filters: filters, total: total, truncated: truncated, articles: articles, places: places,
            placeArticles: placeArticles, events: events, trend: trend)
    }
}
