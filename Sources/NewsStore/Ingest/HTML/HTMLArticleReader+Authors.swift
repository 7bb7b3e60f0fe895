import Foundation

extension HTMLArticleReader {
    /// The meta tags that name an article's author, most specific first: `article:author` is the
    /// article's own, `author` is often the site's for every page ("Condé Nast").
    static let authorKeys = ["article:author", "author", "parsely-author", "sailthru.author", "dc.creator"]

    /// Words a page prints after an author's name as a link to their profile ("Jane Doe Twitter").
    private static let profileLinkWords: Set<String> = ["twitter", "facebook", "instagram", "linkedin", "email"]

    /// Role words after an outlet's name that still make it the outlet ("Us Weekly Staff").
    private static let deskWords: Set<String> = ["staff", "team", "redaktion", "desk", "editors", "newsroom"]

    /// The article's people: the JSON-LD authors, else the meta tags', else the printed byline's.
    ///
    /// From each source the site itself ("n-tv NACHRICHTEN" on n-tv.de, "Lesotho Times"), e-mail
    /// addresses and profile-link labels are dropped first, so a source that names only the outlet
    /// gives way to the next.
    static func authors(jsonLD: JSONLDArticle?, page: HTMLPageMetadata, bylineText: String?) -> [Byline] {
        var site = Set(siteNames(jsonLD: jsonLD, page: page).map(HeadlineChooser.key).filter { $0.count >= 2 })
        site.formUnion(HeadlineChooser.hostKeys(siteURL(jsonLD: jsonLD, page: page)))
        let sources: [() -> [Byline]] = [
            { jsonLD?.authors ?? [] },
            { metaAuthors(page) },
            { bylineText.map { BylineParser().parse($0) } ?? [] },
        ]
        for source in sources {
            let people = source().compactMap { person(from: $0, site: site) }
            if !people.isEmpty { return people }
        }
        return []
    }

    /// The byline without a profile-link label; nil when it names the site or is an e-mail address.
    static func person(from byline: Byline, site: Set<String>) -> Byline? {
        var words = byline.name.split(separator: " ").map(String.init)
        if words.count >= 3, let last = words.last, profileLinkWords.contains(last.lowercased()) { words.removeLast() }
        let name = words.joined(separator: " ")
        guard !name.isEmpty, !name.contains("@"), !isOutlet(name, site: site) else { return nil }
        var person = byline
        person.name = name
        return person
    }

    /// True when a name is the site's: its name or host ("mdr.de", "LTO"), a word of it that is
    /// ("n-tv NACHRICHTEN", "Deutsche Welle (www.dw.com)"), or the name with a desk word ("Us Weekly
    /// Staff").
    static func isOutlet(_ name: String, site: Set<String>) -> Bool {
        let key = HeadlineChooser.key(name)
        guard !key.isEmpty else { return false }
        if site.contains(key) { return true }
        let words = name.split(separator: " ").map { HeadlineChooser.key(String($0)) }
        if words.contains(where: {
            site.contains($0) || ($0.hasPrefix("www") && site.contains(String($0.dropFirst(3))))
        }) {
            return true
        }
        if let last = name.split(separator: " ").last, deskWords.contains(last.lowercased()) {
            return site.contains(HeadlineChooser.key(String(name.dropLast(last.count))))
        }
        return false
    }

    /// Authors from `<meta name="author">` and friends, when they name people rather than links:
    /// "Jane Doe and John Roe", "Jane Doe, John Roe" (a list of names in a field meant for names),
    /// or "Doe, Jane".
    static func metaAuthors(_ page: HTMLPageMetadata) -> [Byline] {
        for key in authorKeys {
            guard let text = page.meta[key], !text.contains("://") else { continue }
            let parts = text.components(separatedBy: CharacterSet(charactersIn: ",;"))
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if parts.count == 2, parts.allSatisfy({ !$0.contains(" ") && BylineParser.looksLikeName($0) }) {
                return [Byline(name: parts[1] + " " + parts[0])]
            }
            if parts.count > 1, parts.allSatisfy({ $0.contains(" ") && BylineParser.looksLikeName($0) }) {
                return parts.map { Byline(name: $0) }
            }
            let parsed = BylineParser().parse(text)
            if !parsed.isEmpty { return parsed }
            // Names separated by commas or semicolons that do not look like "First Last".
            return parts.filter { $0.count <= 60 }.map { Byline(name: $0) }
        }
        return []
    }
}
