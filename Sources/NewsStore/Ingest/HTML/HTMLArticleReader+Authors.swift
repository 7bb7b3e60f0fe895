import Foundation

extension HTMLArticleReader {
    /// The meta tags that name an article's author, most specific first: `article:author` is the
    /// article's own, `author` is often the site's for every page ("Condé Nast").
    static let authorKeys = ["article:author", "author", "parsely-author", "sailthru.author", "dc.creator"]

    /// Words a page prints after an author's name as a link to their profile ("Jane Doe Twitter").
    private static let profileLinkWords: Set<String> = ["twitter", "facebook", "instagram", "linkedin", "email"]

    /// The article's people: the JSON-LD authors, else the meta tags', else the printed byline's.
    ///
    /// E-mail addresses and profile-link labels are dropped from each source first, so a source
    /// that gives only an address gives way to the next. An outlet given as the author is kept:
    /// publishers' own data sets count it as the author when no person is named.
    static func authors(jsonLD: JSONLDArticle?, page: HTMLPageMetadata, bylineText: String?) -> [Byline] {
        let sources: [() -> [Byline]] = [
            { jsonLD?.authors ?? [] },
            { metaAuthors(page) },
            { bylineText.map { BylineParser().parse($0) } ?? [] },
        ]
        for source in sources {
            let people = source().compactMap(person)
            if !people.isEmpty { return people }
        }
        return []
    }

    /// The byline without a profile-link label ("Jane Doe Twitter"); nil for an e-mail address or
    /// an account handle ("/@janedoe").
    static func person(from byline: Byline) -> Byline? {
        var words = byline.name.split(separator: " ").map(String.init)
        if words.count >= 3, let last = words.last, profileLinkWords.contains(last.lowercased()) { words.removeLast() }
        let name = words.joined(separator: " ")
        guard !name.isEmpty, !name.contains("@") else { return nil }
        var person = byline
        person.name = name
        return person
    }

    /// Authors from `<meta name="author">` and friends, when they name people rather than links:
    /// "Jane Doe and John Roe", "Jane Doe, John Roe" (a list of names in a field meant for names),
    /// or "Doe, Jane".
    static func metaAuthors(_ page: HTMLPageMetadata) -> [Byline] {
        for key in authorKeys {
            guard let text = page.meta[key], !text.contains("://"), !text.contains("@") else { continue }
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
