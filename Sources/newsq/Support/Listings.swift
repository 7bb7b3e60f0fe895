import NewsStore

/// The store's results as `Listing`s. Column keys are the stable names scripts see (JSON keys,
/// CSV headers) and are documented in the README: change them only with a note there.
enum Listings {
    static func hits(_ hits: [SearchHit]) -> Listing {
        Listing(noun: "search hits", rows: hits, columns: hitColumns)
    }

    static func articles(_ articles: [ArticleSummary]) -> Listing {
        Listing(noun: "articles", rows: articles, columns: articleColumns)
    }

    /// Articles with everything known of them, as records (`show 1 2`).
    static func articles(details: [ArticleDetail]) -> Listing {
        Listing(noun: "articles", rows: details, columns: articleDetailColumns, layout: .record)
    }

    static func places(_ places: [PlaceCount], withDistance: Bool) -> Listing {
        let distance = ListingColumn<PlaceCount>("distance_km", "Km") { count in
            OutputValue(count.distanceKm.map { ($0 * 10).rounded() / 10 })
        }
        return Listing(noun: "places", rows: places, columns: placeColumns + (withDistance ? [distance] : []))
    }

    static func events(_ events: [Event]) -> Listing {
        Listing(noun: "events", rows: events, columns: eventColumns)
    }

    static func migrations(_ statuses: [MigrationStatus]) -> Listing {
        let columns: [ListingColumn<MigrationStatus>] = [
            .init("version", "Version") { .int($0.version) },
            .init("name", "Name") { .string($0.name) },
            .init("state", "State") { .string($0.appliedAt == nil ? "pending" : "applied") },
            .init("applied_at", "Applied at") { OutputValue($0.appliedAt) },
        ]
        return Listing(noun: "migrations", rows: statuses, columns: columns)
    }

    /// The checks of `newsq check`, one row each; with `repaired`, also what was done.
    static func healthChecks(_ checks: [HealthCheck], repaired: Bool) -> Listing {
        var columns: [ListingColumn<HealthCheck>] = [
            .init("check", "Check", role: .identifier) { .string($0.kind.rawValue) },
            .init("status", "Status") { .string($0.passed ? "ok" : "FAILED") },
            .init("detail", "Detail", flexible: true, role: .details) { .string($0.problem ?? $0.kind.summary) },
        ]
        if repaired {
            columns.append(.init("repair", "Repair", flexible: true) { OutputValue($0.repair) })
        }
        return Listing(noun: "checks", rows: checks, columns: columns)
    }

    private static var hitColumns: [ListingColumn<SearchHit>] {
        [
            .init("id", "ID", role: .identifier) { .int($0.article.id) },
            .init("published_at", "Published", whenNarrow: .dateOnly) { OutputValue($0.article.publishedAt?.iso) },
            .init("title", "Title", flexible: true, role: .title) { .string($0.article.title) },
            .init("authors", "Authors", flexible: true, textMember: "name") { .array($0.article.authors.map(byline)) },
            .init("score", "Score", whenNarrow: .hide) { .double(($0.score * 1_000_000).rounded() / 1_000_000) },
            .init("snippet", "Snippet", flexible: true, role: .details, highlighted: true) { .string($0.snippet) },
        ]
    }

    private static var articleColumns: [ListingColumn<ArticleSummary>] {
        [
            .init("id", "ID", role: .identifier) { .int($0.id) },
            .init("published_at", "Published", whenNarrow: .dateOnly) { OutputValue($0.publishedAt?.iso) },
            .init("title", "Title", flexible: true, role: .title) { .string($0.title) },
            .init("authors", "Authors", flexible: true, textMember: "name") { .array($0.authors.map(byline)) },
            .init("source", "Source") { OutputValue($0.source) },
        ]
    }

    private static var articleDetailColumns: [ListingColumn<ArticleDetail>] {
        // Every value of a record may wrap over lines, so every column is flexible.
        func field(
            _ key: String, _ header: String, _ value: @escaping (ArticleDetail) -> OutputValue
        ) -> ListingColumn<ArticleDetail> {
            .init(key, header, flexible: true, value: value)
        }
        let placeInArticle = placeColumns.filter { $0.key != "articles" }
        return [
            field("id", "ID") { .int($0.article.id) },
            field("title", "Title") { .string($0.article.title) },
            .init("authors", "Authors", flexible: true, textMember: "name") { .array($0.article.authors.map(byline)) },
            field("published_at", "Published") { OutputValue($0.article.publishedAt?.iso) },
            field("published_tz", "Published zone") { OutputValue($0.article.publishedTimeZone) },
            field("updated_at", "Updated") { OutputValue($0.article.updatedAt?.iso) },
            field("updated_tz", "Updated zone") { OutputValue($0.article.updatedTimeZone) },
            field("source", "Source") { OutputValue($0.article.source) },
            field("url", "URL") { OutputValue($0.article.url) },
            field("language", "Language") { OutputValue($0.article.language) },
            field("highlights", "Highlights") { .array($0.article.highlights.map(OutputValue.string)) },
            field("body", "Body") { .string($0.article.body) },
            field("captions", "Captions") { .array($0.article.captions.map(OutputValue.string)) },
            field("places", "Places") { .array($0.places.map { ListingColumn.object($0, placeInArticle) }) },
            field("events", "Events") { .array($0.events.map { ListingColumn.object($0, eventColumns) }) },
            field("imported_from", "Imported from") { .string($0.article.importedFrom) },
            field("imported_at", "Imported at") { .string($0.article.importedAt) },
            field("content_hash", "Content hash") { .string($0.article.contentHash) },
        ]
    }

    /// A person of a byline as every command prints one: `{name, role, outlet}`.
    static func byline(_ byline: Byline) -> OutputValue {
        .object([
            .init("name", .string(byline.name)), .init("role", OutputValue(byline.role)),
            .init("outlet", OutputValue(byline.outlet)),
        ])
    }

    /// The columns of a place; `show` nests them too, without `articles`.
    private static var placeColumns: [ListingColumn<PlaceCount>] {
        [
            .init("id", "ID", role: .identifier) { .int($0.place.id) },
            .init("name", "Place", flexible: true, role: .title) { .string($0.place.name) },
            .init("kind", "Kind") { .string($0.place.kind.rawValue) },
            .init("country", "Country") { OutputValue($0.place.countryCode) },
            .init("latitude", "Lat", role: .latitude) { OutputValue($0.place.latitude) },
            .init("longitude", "Lon", role: .longitude) { OutputValue($0.place.longitude) },
            .init("mentions", "Mentions") { .int($0.mentions) },
            .init("articles", "Articles") { .int($0.articles) },
            .init("resolved", "Resolved", inTable: false) { .bool($0.place.isResolved) },
            .init("geonames_id", "GeoNames", inTable: false) { OutputValue($0.place.geonamesID) },
        ]
    }

    /// An event's date as people read it: the day, month or year, and an approximate date as
    /// its span with a tilde ("~2016-10-10…2016-10-16"), never as if it were one day.
    static func dateLabel(_ date: EventDate) -> String {
        guard date.precision == .approximate else { return date.label }
        return "~" + (date.start == date.end ? date.start.iso : "\(date.start.iso)…\(date.end.iso)")
    }

    /// The columns of an event; `show` nests them too.
    private static var eventColumns: [ListingColumn<Event>] {
        [
            .init("id", "ID", role: .identifier) { .int($0.id) },
            .init("date", "Date") { .string(Self.dateLabel($0.date)) },
            .init("precision", "Precision", inTable: false) { .string($0.date.precision.rawValue) },
            .init("start", "Start", role: .startDate, inTable: false) { .string($0.date.start.iso) },
            .init("end", "End", role: .endDate, inTable: false) { .string($0.date.end.iso) },
            .init("evidence", "Evidence", flexible: true, role: .title) { .string($0.evidence) },
            .init("places", "Places", flexible: true, role: .location) { .array($0.places.map(OutputValue.string)) },
            .init("expression", "Expression", inTable: false) { .string($0.expression) },
            .init("rule", "Rule", inTable: false) { .string($0.rule) },
            .init("article_id", "Article") { .int($0.articleID) },
            .init("article_title", "Article title", flexible: true, role: .details, inTable: false) {
                .string($0.articleTitle)
            },
        ]
    }
}
