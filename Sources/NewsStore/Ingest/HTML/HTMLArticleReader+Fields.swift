import Foundation

extension HTMLArticleReader {
    /// The headline the page's sources agree on, without the site's name (see `HeadlineChooser`).
    static func title(jsonLD: JSONLDArticle?, page: HTMLPageMetadata) -> String? {
        let chooser = HeadlineChooser(
            jsonLDHeadline: jsonLD?.headline,
            openGraphTitle: page.value("og:title", "twitter:title", "headline", "dc.title"),
            headings: page.headings, documentTitle: page.documentTitle,
            siteNames: siteNames(jsonLD: jsonLD, page: page),
            sectionNames: [jsonLD?.section, page.value("article:section")].compactMap { $0 },
            pageURL: siteURL(jsonLD: jsonLD, page: page))
        return chooser.headline()
    }

    /// The names the site goes by: `og:site_name`, the application name, the JSON-LD publisher and
    /// the Twitter account.
    static func siteNames(jsonLD: JSONLDArticle?, page: HTMLPageMetadata) -> [String] {
        [
            page.value("og:site_name"), page.value("application-name"), jsonLD?.publisher,
            page.value("twitter:site").map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 },
        ].compactMap { $0 }
    }

    /// The page's address as the page states it, for the site's host name.
    static func siteURL(jsonLD: JSONLDArticle?, page: HTMLPageMetadata) -> String? {
        page.value("og:url") ?? page.canonicalURL ?? jsonLD?.url
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
