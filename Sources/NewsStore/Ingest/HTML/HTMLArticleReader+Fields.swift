import Foundation

extension HTMLArticleReader {
    /// The headline the page's sources agree on, without the site's name (see `HeadlineChooser`).
    static func title(jsonLD: JSONLDArticle?, page: HTMLPageMetadata, firstHeading: String?) -> String? {
        let siteNames = [
            page.value("og:site_name"), page.value("application-name"), jsonLD?.publisher,
            page.value("twitter:site").map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 },
        ].compactMap { $0 }
        let chooser = HeadlineChooser(
            jsonLDHeadline: jsonLD?.headline,
            openGraphTitle: page.value("og:title", "twitter:title", "headline", "dc.title"),
            firstHeading: firstHeading, documentTitle: page.documentTitle, siteNames: siteNames,
            sectionNames: [jsonLD?.section, page.value("article:section")].compactMap { $0 },
            pageURL: page.value("og:url") ?? page.canonicalURL ?? jsonLD?.url)
        return chooser.headline()
    }

    /// "Headline | Site" → "Headline": the longest part between separators.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 {
                return longest.trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// Authors from `<meta name="author">` and friends, when they name people rather than links.
    static func metaAuthors(_ page: HTMLPageMetadata) -> [Byline] {
        guard let text = page.value("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"),
            !text.contains("://")
        else { return [] }
        let parsed = BylineParser().parse(text)
        if !parsed.isEmpty { return parsed }
        // "Jane Doe, John Roe" without an "and": several names separated by commas or semicolons.
        let names = text.components(separatedBy: CharacterSet(charactersIn: ",;"))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0.count <= 60 }
        return names.map { Byline(name: $0) }
    }

    /// A stored stamp and its zone: the tz name the parser found, or the offset written in the text
    /// ("2016-10-17T13:01:00-04:00" → "-04:00").
    static func stamp(_ text: String?) -> (stored: String, zone: String?)? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
            let stamp = PublicationDateParser().parse(text) ?? PublicationDateParser().parse(String(text.prefix(10)))
        else { return nil }
        guard stamp.storedText.contains("T") else { return (stamp.storedText, nil) }
        if let offset = TrailingUTCOffset.of(text) { return (stamp.storedText, offset) }
        return (stamp.storedText, stamp.timeZoneName)
    }

    /// "en_US" → "en-US"; nil for empty or odd values.
    static func languageTag(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-"),
            (2...20).contains(text.count), text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
        else { return nil }
        return text
    }

    /// Only absolute http(s) URLs are kept: a relative one means nothing once the page is saved.
    static func absoluteURL(_ text: String) -> String? {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? text : nil
    }
}
