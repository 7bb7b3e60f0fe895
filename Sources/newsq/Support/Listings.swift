import NewsStore

/// The store's results as `Listing`s. Column keys are the stable names scripts see (JSON keys,
/// CSV headers) and are documented in the README: change them only with a note there.
enum Listings {
    static func hits(_ hits: [SearchHit]) -> Listing {
        Listing(
            noun: "search hits",
            columns: [
                .init(key: "id", header: "ID", role: .identifier),
                .init(key: "published_at", header: "Published"),
                .init(key: "title", header: "Title", flexible: true, role: .title),
                .init(key: "authors", header: "Authors", flexible: true),
                .init(key: "score", header: "Score"),
                .init(key: "snippet", header: "Snippet", flexible: true, role: .details, highlighted: true),
            ],
            rows: hits.map { hit in
                [
                    .int(hit.article.id), OutputValue(hit.article.publishedAt), .string(hit.article.title),
                    .array(hit.article.authors.map(OutputValue.string)),
                    .double((hit.score * 1_000_000).rounded() / 1_000_000),
                    .string(hit.snippet),
                ]
            })
    }

    static func articles(_ articles: [ArticleSummary]) -> Listing {
        Listing(
            noun: "articles",
            columns: [
                .init(key: "id", header: "ID", role: .identifier),
                .init(key: "published_at", header: "Published"),
                .init(key: "title", header: "Title", flexible: true, role: .title),
                .init(key: "authors", header: "Authors", flexible: true),
                .init(key: "source", header: "Source"),
            ],
            rows: articles.map { article in
                [
                    .int(article.id), OutputValue(article.publishedAt), .string(article.title),
                    .array(article.authors.map(OutputValue.string)), OutputValue(article.source),
                ]
            })
    }

    static func article(_ detail: ArticleDetail) -> Listing {
        let article = detail.article
        let authors = article.authors.map { byline -> OutputValue in
            .object([
                .init("name", .string(byline.name)), .init("role", OutputValue(byline.role)),
                .init("outlet", OutputValue(byline.outlet)),
            ])
        }
        let columns: [(String, String, OutputValue)] = [
            ("id", "ID", .int(article.id)),
            ("title", "Title", .string(article.title)),
            ("authors", "Authors", .array(authors)),
            ("published_at", "Published", OutputValue(article.publishedAt)),
            ("published_tz", "Published zone", OutputValue(article.publishedTimeZone)),
            ("updated_at", "Updated", OutputValue(article.updatedAt)),
            ("updated_tz", "Updated zone", OutputValue(article.updatedTimeZone)),
            ("source", "Source", OutputValue(article.source)),
            ("url", "URL", OutputValue(article.url)),
            ("language", "Language", OutputValue(article.language)),
            ("highlights", "Highlights", .array(article.highlights.map(OutputValue.string))),
            ("body", "Body", .string(article.body)),
            ("captions", "Captions", .array(article.captions.map(OutputValue.string))),
            ("places", "Places", .array(detail.places.map { placeObject($0) })),
            ("events", "Events", .array(detail.events.map { eventObject($0) })),
            ("imported_from", "Imported from", .string(article.importedFrom)),
            ("imported_at", "Imported at", .string(article.importedAt)),
            ("content_hash", "Content hash", .string(article.contentHash)),
        ]
        return Listing(
            noun: "article",
            columns: columns.map { Listing.Column(key: $0.0, header: $0.1, flexible: true) },
            rows: [columns.map(\.2)],
            layout: .record)
    }

    static func places(_ places: [PlaceCount], withDistance: Bool) -> Listing {
        var columns: [Listing.Column] = [
            .init(key: "id", header: "ID", role: .identifier),
            .init(key: "name", header: "Place", flexible: true, role: .title),
            .init(key: "kind", header: "Kind"),
            .init(key: "country", header: "Country"),
            .init(key: "latitude", header: "Lat", role: .latitude),
            .init(key: "longitude", header: "Lon", role: .longitude),
            .init(key: "mentions", header: "Mentions"),
            .init(key: "articles", header: "Articles"),
            .init(key: "resolved", header: "Resolved", detail: true),
            .init(key: "geonames_id", header: "GeoNames", detail: true),
        ]
        if withDistance { columns.append(.init(key: "distance_km", header: "Km")) }
        return Listing(
            noun: "places", columns: columns,
            rows: places.map { count in
                var row = placeObjectMembers(count).map(\.value)
                if withDistance { row.append(OutputValue(count.distanceKm.map { ($0 * 10).rounded() / 10 })) }
                return row
            })
    }

    static func events(_ events: [Event]) -> Listing {
        Listing(
            noun: "events",
            columns: [
                .init(key: "id", header: "ID", role: .identifier),
                .init(key: "date", header: "Date"),
                .init(key: "precision", header: "Precision", detail: true),
                .init(key: "start", header: "Start", role: .startDate, detail: true),
                .init(key: "end", header: "End", role: .endDate, detail: true),
                .init(key: "evidence", header: "Evidence", flexible: true, role: .title),
                .init(key: "places", header: "Places", flexible: true, role: .location),
                .init(key: "expression", header: "Expression", detail: true),
                .init(key: "rule", header: "Rule", detail: true),
                .init(key: "article_id", header: "Article"),
                .init(key: "article_title", header: "Article title", flexible: true, role: .details, detail: true),
            ],
            rows: events.map { eventObject($0).members.map(\.value) })
    }

    static func migrations(_ statuses: [MigrationStatus]) -> Listing {
        Listing(
            noun: "migrations",
            columns: [
                .init(key: "version", header: "Version"), .init(key: "name", header: "Name"),
                .init(key: "state", header: "State"), .init(key: "applied_at", header: "Applied at"),
            ],
            rows: statuses.map { status in
                [
                    .int(status.version), .string(status.name),
                    .string(status.appliedAt == nil ? "pending" : "applied"), OutputValue(status.appliedAt),
                ]
            })
    }

    private static func placeObjectMembers(_ count: PlaceCount) -> [OutputValue.Member] {
        let place = count.place
        return [
            .init("id", .int(place.id)), .init("name", .string(place.name)),
            .init("kind", .string(place.kind.rawValue)),
            .init("country", OutputValue(place.countryCode)), .init("latitude", OutputValue(place.latitude)),
            .init("longitude", OutputValue(place.longitude)), .init("mentions", .int(count.mentions)),
            .init("articles", .int(count.articles)), .init("resolved", .bool(place.isResolved)),
            .init("geonames_id", OutputValue(place.geonamesID)),
        ]
    }

    private static func placeObject(_ count: PlaceCount) -> OutputValue {
        .object(placeObjectMembers(count).filter { $0.key != "articles" })
    }

    private static func eventObject(_ event: Event) -> OutputValue {
        .object([
            .init("id", .int(event.id)), .init("date", .string(event.date)),
            .init("precision", .string(event.precision.rawValue)),
            .init("start", .string(event.start)), .init("end", .string(event.end)),
            .init("evidence", .string(event.evidence)),
            .init("places", .array(event.places.map(OutputValue.string))),
            .init("expression", .string(event.expression)),
            .init("rule", .string(event.rule)), .init("article_id", .int(event.articleID)),
            .init("article_title", .string(event.articleTitle)),
        ])
    }
}

extension OutputValue {
    /// The members of an object value (empty for anything else).
    var members: [Member] {
        if case .object(let members) = self { return members }
        return []
    }
}

extension Listings {
    static func savedQueries(_ queries: [SavedQuery], withBody: Bool) -> Listing {
        var columns: [Listing.Column] = [
            .init(key: "name", header: "Name"), .init(key: "kind", header: "Kind"),
            .init(key: "parameters", header: "Parameters"),
            .init(key: "description", header: "Description", flexible: true),
        ]
        if withBody {
            columns += [.init(key: "body", header: "Query", flexible: true), .init(key: "options", header: "Options")]
        }
        return Listing(
            noun: "saved queries", columns: columns,
            rows: queries.map { query in
                var row: [OutputValue] = [
                    .string(query.name), .string(query.kind.rawValue), .array(query.parameters.map(OutputValue.string)),
                    .string(query.description),
                ]
                if withBody {
                    row.append(.string(query.body))
                    row.append(
                        .object(query.options.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value)) }))
                }
                return row
            })
    }

    /// Rows of a saved SQL query: its own columns, values as SQLite returned them.
    static func rows(_ result: QueryResult) -> Listing {
        var keys: [String] = []
        for column in result.columns {
            var key = column
            var suffix = 2
            while keys.contains(key) {
                key = "\(column)_\(suffix)"
                suffix += 1
            }
            keys.append(key)
        }
        return Listing(
            noun: "rows", columns: keys.map { Listing.Column(key: $0, header: $0, flexible: true) },
            rows: result.rows.map { row in
                row.map { value in
                    switch value {
                    case .null: return .null
                    case .integer(let int): return .int(Int(int))
                    case .real(let double): return .double(double)
                    case .text(let text): return .string(text)
                    case .blob(let bytes): return .string("<\(bytes.count) bytes>")
                    }
                }
            })
    }
}
