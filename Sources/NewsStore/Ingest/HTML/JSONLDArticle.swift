import Foundation

/// What a page's schema.org JSON-LD says about its article: the most trusted metadata on a page,
/// since the publisher writes it for search engines.
struct JSONLDArticle {
    /// The schema.org types read as an article.
    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report",
        "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    ]

    var headline: String?
    var authors: [Byline] = []
    var datePublished: String?
    var dateModified: String?
    var articleBody: String?
    var url: String?
    var inLanguage: String?
    var publisher: String?
    var section: String?

    /// The first article object in the given `<script type="application/ld+json">` texts; nil when
    /// none parses or none is an article. Invalid JSON is skipped: pages often ship broken JSON-LD.
    static func first(in scripts: [String]) -> JSONLDArticle? {
        for script in scripts {
            let text = script.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let data = text.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            if let object = objects(in: json, depth: 0).first(where: isArticle) {
                return JSONLDArticle(object)
            }
        }
        return nil
    }

    /// Every object in an array, an `@graph`, or a `mainEntity`, flattened.
    private static func objects(in json: Any, depth: Int) -> [[String: Any]] {
        guard depth < 6 else { return [] }
        if let array = json as? [Any] { return array.flatMap { objects(in: $0, depth: depth + 1) } }
        guard let object = json as? [String: Any] else { return [] }
        var found = [object]
        for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
            if let inner = object[key], !(inner is String) { found += objects(in: inner, depth: depth + 1) }
        }
        return found
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        types(of: object).contains { articleTypes.contains($0) }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return object["@type"] as? [String] ?? []
    }

    init(_ object: [String: Any]) {
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        datePublished = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
        dateModified = Self.string(object["dateModified"])
        // Kept raw: its line breaks are the paragraph breaks.
        articleBody = object["articleBody"] as? String
        url = Self.string(object["url"])
        inLanguage = Self.string(object["inLanguage"]) ?? Self.name(of: object["inLanguage"])
        publisher = Self.name(of: object["publisher"])
        section = Self.string(object["articleSection"])
        authors = Self.people(in: object["author"], outlet: publisher)
    }

    /// Authors given as a string, an object, or an array of either.
    private static func people(in value: Any?, outlet: String?) -> [Byline] {
        // Some pages nest a co-author in an array of its own inside the list.
        let items: [Any] = ((value as? [Any]) ?? (value.map { [$0] } ?? [])).flatMap { ($0 as? [Any]) ?? [$0] }
        var people: [Byline] = []
        for item in items {
            let written: String?
            var isObject = false
            if let object = item as? [String: Any] {
                written = string(object["name"]) ?? fullName(object)
                isObject = true
            } else {
                written = string(item)
            }
            guard let written else { continue }
            // "By Jane Doe and John Roe" in a string, "Jane Doe und John Roe, dpa" or "Jane Doe,
            // Professor of Law at …" in a person's name: let the byline parser split it.
            let bare = withoutInitials(TextArticleReader.cleanLine(written))
            let parsed =
                isObject && BylineParser.looksLikeName(bare) ? [] : BylineParser().parse(bare).map(\.name)
            for name in parsed.isEmpty ? [bare] : parsed where isPersonName(name) {
                if !people.contains(where: { $0.name == name }) { people.append(Byline(name: name, outlet: outlet)) }
            }
        }
        return people
    }

    /// "Birgit" and "Baumann" from `givenName` and `familyName`.
    private static func fullName(_ object: [String: Any]) -> String? {
        let parts = [string(object["givenName"]), string(object["familyName"])].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// "Elena Oberholzer (obe)" → "Elena Oberholzer": the desk's short sign after a name.
    static func withoutInitials(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard (1...6).contains(inside.count), inside.allSatisfy({ $0.isLetter || $0 == "." }),
            inside.contains(where: \.isLowercase)
        else { return name }
        return name[..<open].trimmingCharacters(in: .whitespaces)
    }

    /// Not a URL and not empty: some sites put the author's profile link in the name.
    private static func isPersonName(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("://") && !text.hasPrefix("www.") && text.count <= 80
    }

    /// A non-empty string, or the first string of an array.
    static func string(_ value: Any?) -> String? {
        let raw = (value as? String) ?? (value as? [Any])?.lazy.compactMap { $0 as? String }.first
        guard let raw else { return nil }
        let text = TextArticleReader.cleanLine(HTMLEntities.decode(raw))
        return text.isEmpty ? nil : text
    }

    /// The `name` of an object (or of the first object in an array), or a plain string.
    static func name(of value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] { return array.lazy.compactMap { name(of: $0) }.first }
        return string(value)
    }
}
