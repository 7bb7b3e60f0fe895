import NewsStore

extension ServeSite {
    /// True when a filter narrows the articles; without one, listings cover the whole store.
    static func narrowsArticles(_ request: ServeParameters) -> Bool {
        !request.query.isEmpty || request.since != nil || request.until != nil || request.place != nil
            || request.author != nil || request.source != nil
    }

    /// Every hit of the search, read a page at a time until the total is reached.
    func allHits(_ request: ServeParameters, _ store: NewsStore) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        while true {
            let result = try store.search(request.query, request.searchOptions(limit: pageSize, offset: hits.count))
            hits += result.hits
            if result.hits.isEmpty || hits.count >= result.total { return hits }
        }
    }

    /// The ids of every article the request's search and filters select.
    func articleIDs(_ request: ServeParameters, _ store: NewsStore) throws -> [Int] {
        if !request.query.isEmpty { return try allHits(request, store).map(\.article.id) }
        var ids: [Int] = []
        while true {
            let filter = ArticleFilter(
                range: DateRange(from: request.since, to: request.until), place: request.place,
                author: request.author, source: request.source, limit: pageSize, offset: ids.count)
            let page = try store.articles(filter)
            ids += page.map(\.id)
            if page.count < pageSize { return ids }
        }
    }

    /// Places mentioned by the selected articles (counts summed over them), most mentioned
    /// first; every mentioned place when nothing narrows the articles. Only those in `bbox`.
    func places(_ request: ServeParameters, _ store: NewsStore) throws -> [PlaceCount] {
        guard Self.narrowsArticles(request) else {
            var places: [PlaceCount] = []
            while true {
                let page = try store.places(PlaceFilter(limit: pageSize, offset: places.count, bbox: request.bbox))
                places += page
                if page.count < pageSize { return places }
            }
        }
        var totals: [Int: PlaceCount] = [:]
        for id in try articleIDs(request, store) {
            for count in try store.places(PlaceFilter(articleID: id, limit: 100_000, bbox: request.bbox)) {
                var sum = totals[count.place.id] ?? PlaceCount(place: count.place, mentions: 0, articles: 0)
                sum.mentions += count.mentions
                sum.articles += count.articles
                totals[count.place.id] = sum
            }
        }
        return totals.values.sorted {
            ($1.mentions, $1.articles, $0.place.name) < ($0.mentions, $0.articles, $1.place.name)
        }
    }

    /// Events of the selected articles, chronologically; every event when nothing narrows them.
    func events(_ request: ServeParameters, _ store: NewsStore) throws -> [Event] {
        guard Self.narrowsArticles(request) else {
            var events: [Event] = []
            while true {
                let page = try store.events(EventFilter(limit: pageSize, offset: events.count))
                events += page
                if page.count < pageSize { return events }
            }
        }
        var events: [Event] = []
        for id in try articleIDs(request, store) {
            events += try store.events(EventFilter(articleID: id, limit: 100_000))
        }
        return events.sorted { ($0.date.start, $0.date.end, $0.id) < ($1.date.start, $1.date.end, $1.id) }
    }
}
