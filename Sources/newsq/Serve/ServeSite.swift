import NewsStore

/// What `newsq serve` answers, path by path, over a store opened read-only for each request
/// (a `NewsStore` is one connection and not `Sendable`; opening one is a file open and a few
/// pragmas). No server library here: `ServeServer` hands requests to `respond`.
struct ServeSite: Sendable {
    /// The database file.
    var databasePath: String
    /// Rows read per step when a listing is gathered whole (every matching row, in pages).
    var pageSize = 1_000

    /// The paths and what they give.
    static let paths = ["/", "/search", "/places.geojson", "/events.json", "/trend"]

    /// The answer to a GET of `path` with its (decoded) query parameters; never throws: errors
    /// become 400 (a parameter), 404 (a path) or 500, each with a one-line JSON body.
    func respond(path: String, parameters: [(name: String, value: String)]) -> ServeResponse {
        guard Self.paths.contains(path) else { return .error(.notFound(path: path)) }
        do {
            let request = try ServeParameters(parameters)
            let store = try NewsStore(path: databasePath, access: .readOnly)
            switch path {
            case "/search": return .json(try searchJSON(request, store))
            case "/places.geojson": return .geojson(try placesGeoJSON(request, store))
            case "/events.json": return .json(try eventsJSON(request, store))
            case "/trend": return .json(try trendJSON(request, store))
            default: return .html(try page(request, store))
            }
        } catch let error as ServeError {
            return .error(error)
        } catch let error as NewsStoreError {
            if let parameter = Self.parameter(blamedBy: error) {
                return .error(.badParameter(name: parameter, reason: "\(error)"))
            }
            return Self.failure(error)
        } catch {
            return Self.failure(error)
        }
    }

    /// The URL parameter a store error is about, when it is about one.
    static func parameter(blamedBy error: NewsStoreError) -> String? {
        switch error {
        case .invalidQuery, .invalidFTS5Expression, .searchTimedOut: "q"
        case .placeNotFound: "place"
        case .invalidArgument(let name, _, _): name == "bbox" ? "bbox" : nil
        default: nil
        }
    }

    private static func failure(_ error: Error) -> ServeResponse {
        ServeResponse(
            status: 500, contentType: "application/json; charset=utf-8", body: ErrorOutput.line(for: error, json: true))
    }

    private static let context = RenderContext()

    /// Every hit, in rank order, as `newsq search --format json` prints a page of them.
    private func searchJSON(_ request: ServeParameters, _ store: NewsStore) throws -> String {
        guard !request.query.isEmpty else {
            throw ServeError.badParameter(name: "q", reason: "give a search query (/search?q=mosul)")
        }
        return try Listings.hits(try allHits(request, store)).render(as: .json, context: Self.context)
    }

    /// The places the matching articles mention (every place, without search or filters),
    /// only those inside `bbox` when it is given, as `newsq places --format geojson`.
    private func placesGeoJSON(_ request: ServeParameters, _ store: NewsStore) throws -> String {
        let places = try self.places(request, store)
        return try Listings.places(places, withDistance: false).render(as: .geojson, context: Self.context)
    }

    /// The events of the matching articles (every event without search or filters), by date.
    private func eventsJSON(_ request: ServeParameters, _ store: NewsStore) throws -> String {
        try Listings.events(try events(request, store)).render(as: .json, context: Self.context)
    }

    /// Matches and totals per period, as `newsq trend QUERY --by PERIOD --format json`.
    private func trendJSON(_ request: ServeParameters, _ store: NewsStore) throws -> String {
        guard !request.query.isEmpty else {
            throw ServeError.badParameter(name: "q", reason: "give a search query (/trend?q=mosul&by=month)")
        }
        let trend = try store.trend(request.query, request.searchOptions(), by: request.by)
        let series = TrendSeries(queries: [request.query], trends: [trend])
        return try Listings.trend(series).render(as: .json, context: Self.context)
    }

    /// The report page, live: a search form with the request's values, and the map on `bbox`.
    private func page(_ request: ServeParameters, _ store: NewsStore) throws -> String {
        var data = try ReportData.read(
            from: store, query: request.query, options: request.searchOptions(), filters: request.filterWords,
            limit: 500)
        if let bbox = request.bbox {
            data.places = data.places.filter { count in
                guard let lat = count.place.latitude, let lon = count.place.longitude else { return false }
                return bbox.contains(latitude: lat, longitude: lon)
            }
        }
        return ReportPage(data: data, live: request).render()
    }
}
