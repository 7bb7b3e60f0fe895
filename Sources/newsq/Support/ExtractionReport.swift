import NewsStore

/// What `newsq extract` prints. The JSON shape is a contract with scripts and evaluations and is
/// documented in the README ("newsq extract JSON").
struct ExtractionReport {
    let extracted: ExtractedArticle

    var json: OutputValue {
        let article = extracted.article
        return .object([
            .init(
                "article",
                .object([
                    .init("title", .string(article.title)),
                    .init("url", OutputValue(article.url)),
                    .init("byline", OutputValue(article.bylineText)),
                    .init("authors", .array(article.authors.map(Listings.byline))),
                    .init("published_at", OutputValue(article.publishedAt?.iso)),
                    .init("published_tz", OutputValue(article.publishedTimeZone)),
                    .init("updated_at", OutputValue(article.updatedAt?.iso)),
                    .init("updated_tz", OutputValue(article.updatedTimeZone)),
                    .init("source", OutputValue(article.source)),
                    .init("section", OutputValue(article.section)),
                    .init("language", OutputValue(article.language)),
                    .init("highlights", .array(article.highlights.map(OutputValue.string))),
                    .init("captions", .array(article.captions.map(OutputValue.string))),
                    .init("body", .string(article.body)),
                ])),
            .init("places", .array(extracted.places.map(Self.place))),
            .init("events", .array(extracted.events.map(Self.event))),
        ])
    }

    /// A short human summary: the article's header, then places and events one per line.
    var table: String {
        let article = extracted.article
        var lines = ["Title:     \(article.title)"]
        for author in article.authors {
            lines.append("Author:    \(author.name)" + (author.role.map { ", \($0)" } ?? ""))
        }
        lines.append(
            "Published: \(article.publishedAt?.iso ?? "unknown")"
                + (article.updatedAt.map { "  (updated \($0))" } ?? ""))
        lines.append("Source:    \(article.source ?? "unknown")")
        lines.append(
            "Body:      \(article.body.unicodeScalars.count) characters; \(article.highlights.count) highlights; \(article.captions.count) captions"
        )
        lines.append("")
        lines.append("Places (\(extracted.places.count)):")
        for place in extracted.places {
            let position =
                place.latitude.map { lat in "\(lat), \(place.longitude ?? 0)" }
                ?? (place.isResolved ? "in the gazetteer, no coordinates" : "known by name only")
            lines.append(
                "  \(place.name) [\(place.kind)\(place.countryCode.map { ", \($0)" } ?? "")] \(position) — \(place.mentions.count) mention\(place.mentions.count == 1 ? "" : "s")"
            )
        }
        lines.append("")
        lines.append("Events (\(extracted.events.count)):")
        for event in extracted.events {
            lines.append(
                "  \(event.date.label) (\(event.date.precision.rawValue), \(event.rule), \"\(event.expression)\") \(event.evidence)"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func place(_ place: ExtractedPlace) -> OutputValue {
        .object([
            .init("name", .string(place.name)), .init("kind", .string(place.kind.rawValue)),
            .init("country", OutputValue(place.countryCode)),
            .init("admin1", OutputValue(place.admin1)), .init("latitude", OutputValue(place.latitude)),
            .init("longitude", OutputValue(place.longitude)), .init("population", OutputValue(place.population)),
            .init("geonames_id", OutputValue(place.geonamesID)), .init("resolved", .bool(place.isResolved)),
            // A count, as in `show` and `places`; where each mention stands is `spans`.
            .init("mentions", .int(place.mentions.count)),
            .init(
                "spans",
                .array(
                    place.mentions.map { mention in
                        .object([
                            .init("surface", .string(mention.surface)),
                            .init("field", .string(mention.span.field.rawValue)),
                            .init("start", .int(mention.span.start)), .init("end", .int(mention.span.end)),
                            .init("sentence", .string(mention.sentence)),
                        ])
                    })),
        ])
    }

    private static func event(_ event: ExtractedEvent) -> OutputValue {
        .object([
            .init("date", .string(event.date.label)), .init("start", .string(event.date.start.iso)),
            .init("end", .string(event.date.end.iso)), .init("precision", .string(event.date.precision.rawValue)),
            .init("expression", .string(event.expression)),
            .init("rule", .string(event.rule)), .init("evidence", .string(event.evidence)),
            .init("field", .string(event.span.field.rawValue)), .init("evidence_start", .int(event.span.start)),
            .init("evidence_end", .int(event.span.end)), .init("places", .array(event.places.map(OutputValue.string))),
        ])
    }
}
