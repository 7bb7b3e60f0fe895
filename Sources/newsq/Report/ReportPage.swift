import NewsStore

/// `newsq report`: one self-contained HTML file — no network, no file beside it — with the
/// query and counts, an interactive map (Leaflet over Natural Earth outlines, both inlined),
/// the timeline and trend drawings, the articles with their snippets, and the data as JSON
/// (`<script type="application/json" id="newsq-data">`) for anyone who wants to reuse it.
struct ReportPage {
    var data: ReportData
    /// Above this many places on the map, markers are clustered.
    var clusterAbove = 200
    /// The request of the live page (`newsq serve`): adds the search form and keeps the map's
    /// bounds in the URL. Nil for the file `newsq report` writes.
    var live: ServeParameters?

    /// The HTML document.
    func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"newsq\">\n"
        html += "<title>" + HTMLText.escape(heading) + "</title>\n<style>\n"
        for css in ["web/leaflet.css", "web/MarkerCluster.css", "web/MarkerCluster.Default.css"] {
            html += (ShippedAsset.text(css) ?? "") + "\n"
        }
        html += Self.css + "\n" + (live == nil ? "" : Self.liveCSS + "\n") + "</style>\n</head>\n<body>\n<header>\n"
        html += "<h1>" + HTMLText.escape(heading) + "</h1>\n"
        html += "<p class=\"summary\">" + HTMLText.escape(summary) + "</p>\n"
        if let live { html += Self.searchForm(live) }
        html += "</header>\n<main>\n"
        html += section("places", "Places", mapSection)
        html += section("timeline", "Timeline", HTMLText.inlineSVG(EventTimeline(events: data.events).render()))
        if let trend = data.trend {
            html += section("trend", "Coverage by month", HTMLText.inlineSVG(TrendChart(series: trend).render()))
        }
        html += section("articles", "Articles", articleList)
        html += "</main>\n<footer>Made by newsq. Countries: Natural Earth (public domain). Places: GeoNames "
        html += "(CC BY 4.0). Map: Leaflet (BSD-2-Clause) and Leaflet.markercluster (MIT).</footer>\n"
        html += "<script type=\"application/json\" id=\"newsq-data\">" + HTMLText.scriptJSON(json) + "</script>\n"
        let outlines =
            (ShippedAsset.text("maps/countries-110m.geojson") ?? "{\"type\":\"FeatureCollection\",\"features\":[]}")
            .replacingOccurrences(of: "<", with: "\\u003c")
        html += "<script type=\"application/json\" id=\"newsq-outlines\">" + outlines + "</script>\n"
        for script in ["web/leaflet.min.js", "web/leaflet.markercluster.min.js"] {
            html += "<script>\n" + (ShippedAsset.text(script) ?? "") + "\n</script>\n"
        }
        html += "<script>\n" + Self.script + "\n</script>\n"
        if live != nil { html += "<script>\n" + Self.liveScript + "\n</script>\n" }
        html += "</body>\n</html>\n"
        return html
    }

    var heading: String {
        data.query.isEmpty ? "newsq report" : "newsq report: \(data.query)"
    }

    /// "3 articles match “mosul” (since 2016-10-01) · 25 places · 20 events".
    var summary: String {
        let articles = "\(data.total) article\(data.total == 1 ? "" : "s")"
        let verb = data.total == 1 ? "matches" : "match"
        var text = data.query.isEmpty ? articles : "\(articles) \(verb) “\(data.query)”"
        if !data.filters.isEmpty { text += " (" + data.filters.joined(separator: ", ") + ")" }
        if data.truncated { text += "; the first \(data.articles.count) are in this report" }
        text += " · \(data.places.count) place\(data.places.count == 1 ? "" : "s")"
        text += " · \(data.events.count) event\(data.events.count == 1 ? "" : "s")"
        return text
    }

    private func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(title)</h2>\n\(body)\n</section>\n"
    }

    private var mapSection: String {
        var html = "<div id=\"map\" role=\"application\" aria-label=\"Map of the places\"></div>\n"
        let unlocated = data.places.filter { $0.place.latitude == nil || $0.place.longitude == nil }
        if !unlocated.isEmpty {
            html += "<p class=\"note\">Not on the map (known by name only): "
            html += unlocated.map { HTMLText.escape($0.place.name) }.joined(separator: ", ") + ".</p>\n"
        }
        return html
    }

    private var articleList: String {
        var html = "<ol class=\"hits\">\n"
        for article in data.articles {
            let summary = article.summary
            let title = HTMLText.escape(summary.title)
            html += "<li id=\"article-\(summary.id)\">\n<h3>"
            if let url = article.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                html += "<a href=\"\(HTMLText.escape(url))\" rel=\"noopener noreferrer\">\(title)</a>"
            } else {
                html += title
            }
            html += "</h3>\n<p class=\"meta\">"
            var meta = ["#\(summary.id)"]
            if let published = summary.publishedAt { meta.append(String(published.iso.prefix(10))) }
            if !summary.authors.isEmpty { meta.append(summary.authors.map(\.name).joined(separator: ", ")) }
            if let source = summary.source { meta.append(source) }
            html += meta.map(HTMLText.escape).joined(separator: " · ") + "</p>\n"
            html += "<p class=\"snippet\">" + HTMLText.highlighted(article.snippet) + "</p>\n</li>\n"
        }
        return html + "</ol>\n"
    }

    /// The data behind the page; the map script reads it.
    private var json: OutputValue {
        let titles = Dictionary(
            data.articles.map { ($0.summary.id, $0.summary.title) }, uniquingKeysWith: { a, _ in a })
        let places: [OutputValue] = data.places.map { count in
            .object([
                .init("id", .int(count.place.id)), .init("name", .string(count.place.name)),
                .init("country", OutputValue(count.place.countryCode)),
                .init("kind", .string(count.place.kind.rawValue)),
                .init("latitude", OutputValue(count.place.latitude)),
                .init("longitude", OutputValue(count.place.longitude)),
                .init("resolved", .bool(count.place.isResolved)), .init("mentions", .int(count.mentions)),
                .init(
                    "articles",
                    .array(
                        (data.placeArticles[count.place.id] ?? []).map { id in
                            .object([.init("id", .int(id)), .init("title", .string(titles[id] ?? ""))])
                        })),
            ])
        }
        let articles: [OutputValue] = data.articles.map { article in
            .object([
                .init("id", .int(article.summary.id)), .init("title", .string(article.summary.title)),
                .init("published_at", OutputValue(article.summary.publishedAt?.iso)),
                .init("authors", .array(article.summary.authors.map(Listings.byline))),
                .init("source", OutputValue(article.summary.source)), .init("url", OutputValue(article.url)),
                .init("snippet", .string(Highlight.plain(article.snippet))),
            ])
        }
        let events: [OutputValue] = data.events.map { event in
            .object([
                .init("id", .int(event.id)), .init("article_id", .int(event.articleID)),
                .init("date", .string(Listings.dateLabel(event.date))), .init("start", .string(event.date.start.iso)),
                .init("end", .string(event.date.end.iso)), .init("precision", .string(event.date.precision.rawValue)),
                .init("expression", .string(event.expression)), .init("evidence", .string(event.evidence)),
            ])
        }
        var members: [OutputValue.Member] = [
            .init("query", .string(data.query)), .init("total", .int(data.total)),
            .init("cluster_above", .int(clusterAbove)),
            .init(
                "countries", .array(Set(data.places.compactMap(\.place.countryCode)).sorted().map(OutputValue.string))),
            .init("articles", .array(articles)), .init("places", .array(places)), .init("events", .array(events)),
        ]
        if let box = live?.bbox {
            members.append(.init("bbox", .array([box.west, box.south, box.east, box.north].map(OutputValue.double))))
        }
        if let trend = data.trend {
            members.append(
                .init(
                    "trend",
                    .array(
                        trend.periods.indices.map { index in
                            .object([
                                .init("period", .string(trend.periods[index])),
                                .init("matches", .int(trend.matches[0][index])),
                                .init("total", .int(trend.totals[index])),
                            ])
                        })))
        }
        return .object(members)
    }
}
