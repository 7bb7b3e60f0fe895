import Foundation

/// The publication and update stamps of a page, from the most to the least trusted place: JSON-LD
/// `datePublished`, publication meta tags, elements marked as the publication time, an unmarked
/// `<time datetime>` in the article's header, a date in the URL's path, and the visible stamp
/// line ("Published: Dec. 22, 2016, 6:47 p.m."). Modified dates are never taken as published.
extension HTMLArticleReader {
    /// A parsed stamp: UTC stored text and the zone it was given in.
    typealias Stamp = (stored: String, zone: String?)

    /// Meta keys that hold the publication time.
    static let publishedKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "datepublished", "date_published", "published_at", "published-date", "publish-date", "publish_date",
        "publishdate", "pubdate", "pub_date", "publication_date", "article.published", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "datecreated",
        "citation_publication_date", "citation_date", "dc.date", "dcterms.date", "date",
    ]

    /// Meta keys that hold the last modification time.
    static let modifiedKeys = [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "article:updated_time",
        "datemodified", "dcterms.modified", "last-modified",
    ]

    /// The page's publication and update stamps.
    static func stamps(jsonLD: JSONLDArticle?, page: HTMLPageMetadata, pageURL: String?) -> (
        published: Stamp?, updated: Stamp?
    ) {
        let updated = stamp(jsonLD?.dateModified) ?? stamp(page.value(in: modifiedKeys))
        var published =
            stamp(jsonLD?.datePublished) ?? stamp(page.value(in: publishedKeys)) ?? elementStamp(page)
            ?? pageURL.flatMap(urlDay).map { (stored: $0, zone: nil) } ?? visibleStamp(page)
        // A UTC stamp on a page that writes its other stamps with an offset: the day the page
        // was published is the day in that offset.
        if let stamp = published, stamp.stored.contains("T"), stamp.zone == nil || isUTC(stamp.zone),
            let offset = pageOffset(jsonLD: jsonLD, page: page)
        {
            published = (stamp.stored, offset)
        }
        return (published, updated)
    }

    /// An element's machine-readable stamp: one marked as the publication time anywhere, else the
    /// first unmarked one in the article's header (from the first `<h1>` on).
    private static func elementStamp(_ page: HTMLPageMetadata) -> Stamp? {
        let machine = page.stamps.filter { !$0.isUpdate }
        if let marked = machine.lazy.filter({ $0.kind == .published }).compactMap({ stamp($0.text) }).first {
            return marked
        }
        return inHeader(machine, page).lazy.compactMap { stamp($0.text) }.first
    }

    /// The first visible stamp line in the article's header that reads as a publication date.
    private static func visibleStamp(_ page: HTMLPageMetadata) -> Stamp? {
        let parser = PublicationDateParser()
        for candidate in inHeader(page.visibleStamps().filter { !$0.isUpdate }, page) {
            for part in stampParts(candidate.text) {
                guard let found = parser.parse(part) ?? labelledStamp(part, parser: parser), !found.isUpdate else {
                    continue
                }
                return stamp(part) ?? (found.storedText, found.timeZoneName)
            }
        }
        return nil
    }

    /// Stamps from the first heading on; all of them when the page has no heading.
    private static func inHeader(_ stamps: [PageStamp], _ page: HTMLPageMetadata) -> [PageStamp] {
        guard let heading = page.headingOrder else { return stamps }
        return stamps.filter { $0.order >= heading }
    }

    /// "Posted: Oct 14, 2022 9:27 AM ET | Last Updated: …" → its parts.
    private static func stampParts(_ text: String) -> [String] {
        text.split { "|·•\n".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A stamp with words around it ("By Jane Doe Dec 9, 2016"): the longest run of words from the
    /// first date-like word on that reads as a stamp.
    private static func labelledStamp(_ text: String, parser: PublicationDateParser) -> PublicationDateParser.Stamp? {
        let words = text.split(separator: " ")
        guard words.count <= 24, let first = words.firstIndex(where: isDateWord) else { return nil }
        let labelled = first > 0 && ["published", "posted", "updated"].contains(words[first - 1].lowercased())
        let start = labelled ? first - 1 : first
        for end in stride(from: min(words.count, start + 10), to: start + 1, by: -1) {
            if let found = parser.parse(words[start..<end].joined(separator: " ")) { return found }
        }
        return nil
    }

    private static func isDateWord(_ word: Substring) -> Bool {
        guard let first = word.first else { return false }
        if first.isNumber { return true }
        let lowered = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        return [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun",
        ].contains { lowered.hasPrefix($0) }
    }

    /// The day a URL's path names: "/2016/10/17/", "/2016-10-17-", "/20161017/"; nil without one.
    static func urlDay(_ url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let patterns = [
            #/[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/#,
            #/[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/#,
        ]
        for pattern in patterns {
            for match in path.matches(of: pattern) {
                guard let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
                    (1...12).contains(month), (1...31).contains(day),
                    let parsed = PublicationDateParser().parse(
                        PublicationDateParser.dateText(year: year, month: month, day: day))
                else { continue }
                return parsed.storedText
            }
        }
        return nil
    }

    /// The offset the page writes its other stamps in ("-05:00"), when one is not UTC.
    private static func pageOffset(jsonLD: JSONLDArticle?, page: HTMLPageMetadata) -> String? {
        let texts =
            [jsonLD?.datePublished, jsonLD?.dateModified, page.value(in: publishedKeys), page.value(in: modifiedKeys)]
            .compactMap { $0 } + page.stamps.map(\.text)
        for text in texts {
            guard let zone = stamp(text)?.zone, zone.first == "+" || zone.first == "-", !isUTC(zone) else { continue }
            return zone
        }
        return nil
    }

    private static func isUTC(_ zone: String?) -> Bool {
        ["UTC", "+00:00", "-00:00", "Z"].contains(zone ?? "")
    }
}
