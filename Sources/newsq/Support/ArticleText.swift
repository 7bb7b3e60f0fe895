import Foundation
import NewsStore

/// `newsq show` for people: the article as a reader would scan it — headline, byline, dates,
/// highlights, body, captions — then what newsq found in it. Scripts use `--format json`.
struct ArticleText {
    let detail: ArticleDetail

    var text: String {
        let article = detail.article
        var lines = [article.title]
        if !article.authors.isEmpty {
            let people = article.authors.map { author in
                author.name + (author.role.map { ", \($0)" } ?? "")
            }
            lines.append("By " + people.joined(separator: "; "))
        }
        var stamp: [String] = []
        if let published = article.publishedAt { stamp.append("published \(published)") }
        if let updated = article.updatedAt {
            stamp.append("updated \(updated)" + (article.updatedTimeZone.map { " (\($0))" } ?? ""))
        }
        if let source = article.source { stamp.append(source) }
        stamp.append("#\(article.id)")
        lines.append(stamp.joined(separator: " · "))
        if !article.highlights.isEmpty {
            lines += ["", "Story highlights"] + article.highlights.map { "  • \($0)" }
        }
        lines += ["", article.body]
        if !article.captions.isEmpty {
            lines += ["", "Captions (\(article.captions.count))"]
            lines += article.captions.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        }
        if !detail.places.isEmpty {
            lines += ["", "Places (\(detail.places.count))"]
            lines += detail.places.map { count in
                let place = count.place
                var facts = [place.kind.rawValue]
                if let country = place.countryCode { facts.append(country) }
                if let lat = place.latitude, let lon = place.longitude {
                    facts.append("\(lat), \(lon)")
                } else if !place.isResolved {
                    facts.append("known by name only")
                }
                return "  \(place.name) (\(facts.joined(separator: ", "))) ×\(count.mentions)"
            }
        }
        if !detail.events.isEmpty {
            lines += ["", "Events (\(detail.events.count))"]
            lines += detail.events.map { event in
                let places = event.places.isEmpty ? "" : " [\(event.places.joined(separator: ", "))]"
                let date = event.date.label.padding(toLength: 10, withPad: " ", startingAt: 0)
                return "  \(date)  \"\(event.expression)\"  \(event.evidence)\(places)"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
