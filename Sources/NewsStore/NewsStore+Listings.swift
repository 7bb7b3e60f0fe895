extension NewsStore {
    /// Full-text search in the newsq query language: words are ANDed, "phrases", OR, -word and
    /// NOT word, mos* prefixes, title:word and parentheses.
    ///
    /// ```swift
    /// let result = try store.search("mosul -dabiq", SearchOptions(since: CalendarDay(iso: "2016-10-01")))
    /// ```
    /// - Throws: `NewsStoreError.invalidQuery` for an empty or meaningless query (or an invalid
    ///   raw expression); `.invalidArgument` for a bad filter or time limit; `.searchTimedOut`
    ///   when it runs past `options.timeout`; `SQLiteError`.
    public func search(_ text: String, _ options: SearchOptions = SearchOptions()) throws -> SearchResult {
        // Relative dates count from today; a `:name` parameter left unbound is an error.
        let options =
            options.needsResolving ? try options.resolved(parameters: [:], today: DayExpression.today) : options
        do {
            return try storage.search(options.raw ? .raw(text) : .query(try SearchQuery.parse(text)), options)
        } catch NewsStoreError.searchTimedOut(_, let seconds) {
            // The engine knows its own expression; the person knows what they typed.
            throw NewsStoreError.searchTimedOut(query: text, seconds: seconds)
        }
    }

    /// How many articles match a search in each day, week, month or year, and how many were
    /// published in it: coverage over time. The search's filters apply; periods with no article
    /// in between the first and last are there with zeros.
    ///
    /// ```swift
    /// let trend = try store.trend("mosul", by: .month)
    /// for point in trend.points { print(point.period, point.matches, point.total) }
    /// ```
    /// - Throws: as `search(_:_:)`.
    public func trend(_ text: String, _ options: SearchOptions = SearchOptions(), by period: TrendPeriod) throws
        -> Trend
    {
        do {
            return try storage.trend(
                options.raw ? .raw(text) : .query(try SearchQuery.parse(text)), options, by: period)
        } catch NewsStoreError.searchTimedOut(_, let seconds) {
            throw NewsStoreError.searchTimedOut(query: text, seconds: seconds)
        }
    }

    /// Facet counts over the articles a search matches (with its filters): for each facet, its
    /// most common values with how many matching articles have them.
    ///
    /// ```swift
    /// let bySource = try store.facets(search: "mosul", by: [.source, .month])
    /// ```
    /// - Throws: as `search(_:_:)`.
    public func facets(
        search text: String, _ options: SearchOptions = SearchOptions(), by facets: [Facet], limit: Int = 20
    )
        throws -> [FacetCount]
    {
        let input: SearchInput = options.raw ? .raw(text) : .query(try SearchQuery.parse(text))
        return try storage.facets(of: .search(input, options), by: facets, limit: limit)
    }

    /// Facet counts over the articles that pass a filter (its limit and offset do not apply).
    /// - Throws: `SQLiteError`.
    public func facets(articles filter: ArticleFilter, by facets: [Facet], limit: Int = 20) throws -> [FacetCount] {
        try storage.facets(of: .articles(filter), by: facets, limit: limit)
    }

    /// Articles, newest first, optionally within a publication date range.
    ///
    /// ```swift
    /// let october = try store.articles(in: DateRange(from: CalendarDay(partial: "2016-10"),
    ///                                                to: CalendarDay(partial: "2016-10", upper: true)))
    /// ```
    /// - Throws: `SQLiteError`.
    public func articles(in range: DateRange = .all, limit: Int = 50, offset: Int = 0) throws -> [ArticleSummary] {
        try storage.articles(ArticleFilter(range: range, limit: limit, offset: offset))
    }

    /// Articles, newest first, that pass every filter that is set: by place, author, source and
    /// publication days, with no search words.
    ///
    /// ```swift
    /// let fromDabiq = try store.articles(ArticleFilter(place: "Dabiq", source: "CNN"))
    /// ```
    /// - Throws: `SQLiteError`.
    public func articles(_ filter: ArticleFilter) throws -> [ArticleSummary] {
        try storage.articles(filter)
    }

    /// How many articles have no publication date: no date filter can include them (29 % of real
    /// pages give none), so listings filtered by date say how many they left out.
    /// - Throws: `SQLiteError`.
    public func undatedArticleCount() throws -> Int {
        try storage.undatedArticleCount()
    }

    /// One article with its authors, places and events.
    /// - Throws: `NewsStoreError.articleNotFound`; `SQLiteError`.
    public func article(id: Int) throws -> ArticleDetail {
        try storage.article(id: id)
    }

    /// Places the articles mention, most mentioned first; or the places near another place,
    /// nearest first.
    ///
    /// ```swift
    /// let nearMosul = try store.places(PlaceFilter(near: "Mosul", withinKm: 50))
    /// ```
    /// - Throws: `NewsStoreError.placeNotFound` for an unknown `near` place or country,
    ///   `.invalidArgument` for a distance that is not positive; `SQLiteError`.
    public func places(_ filter: PlaceFilter) throws -> [PlaceCount] {
        try storage.places(filter)
    }

    /// Events, chronologically: those whose days overlap `filter.range`, optionally only near a
    /// place (by name) or from one article.
    ///
    /// ```swift
    /// let day = CalendarDay(iso: "2016-10-16")
    /// let week = try store.events(EventFilter(range: DateRange(from: day, to: day?.adding(days: 3))))
    /// ```
    /// - Throws: `NewsStoreError.placeNotFound` when `place` names no known place; `SQLiteError`.
    public func events(_ filter: EventFilter) throws -> [Event] {
        try storage.events(filter)
    }
}
