import Foundation

/// Reads one JSON object as scrapers write articles: news-please (`title`, `authors`,
/// `date_publish`, `maintext`, `url`, `language`, `source_domain`), trafilatura (`title`, `author`
/// as "A; B", `date`, `text`, `url`, `hostname`), newspaper (`title`, `authors`, `publish_date`,
/// `text`), and newsq's own `show --format json` / listing output when it carries a `body`.
struct JSONArticleReader {
    /// Keys holding the article text, in order of preference.
    static let bodyKeys = ["maintext", "text", "body", "content", "articleBody"]

    /// Reads the object in `data`.
    /// - Throws: `NewsStoreError.unreadableInput` when it is not a JSON object or holds no text.
    func read(_ data: Data, origin: String) throws -> CleanedArticle {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw NewsStoreError.unreadableInput(path: origin, reason: "not valid JSON (\(Self.reason(error)))")
        }
        guard let object = value as? [String: Any] else {
            throw NewsStoreError.unreadableInput(path: origin, reason: "a JSON value that is not an object")
        }
        if object["newsq_export"] != nil { return try NewsqExportRecord.read(object, origin: origin) }
        return try article(from: object, origin: origin)
    }

    /// The article an object describes.
    func article(from object: [String: Any], origin: String) throws -> CleanedArticle {
        let bodyKey = Self.bodyKeys.first { (object[$0] as? String)?.isEmpty == false }
        guard let bodyKey, let rawBody = object[bodyKey] as? String else {
            let hint =
                object["id"] != nil && object["title"] != nil
                ? "a newsq listing without bodies; list with `newsq show ID --format json` instead"
                : "expected one of " + Self.bodyKeys.joined(separator: ", ")
            throw NewsStoreError.unreadableInput(path: origin, reason: "no article text in the object (\(hint))")
        }
        // newsq's own output is stored exactly as it was, so re-importing it is recognised.
        let isNewsq = object["content_hash"] != nil || object["imported_from"] != nil
        let body = isNewsq ? rawBody : Self.paragraphs(rawBody)
        guard !body.isEmpty else {
            throw NewsStoreError.unreadableInput(path: origin, reason: "the article text is empty")
        }
        let title =
            Self.string(object, "title", "headline").map { isNewsq ? $0 : TextArticleReader.cleanLine($0) }
            ?? TextArticleReader.headlineStart(of: String(body.prefix { $0 != "\n" }))
        let published = HTMLArticleReader.stamp(
            Self.string(object, "published_at", "date_publish", "publish_date", "date", "date_published", "published"))
        let updated = HTMLArticleReader.stamp(Self.string(object, "updated_at", "date_modify", "date_modified"))
        let language =
            HTMLArticleReader.languageTag(Self.string(object, "language", "lang"))
            ?? LanguageGuess.language(of: title + "\n" + body)
        return CleanedArticle(
            url: Self.string(object, "url", "link", "source_url").flatMap(HTMLArticleReader.absoluteURL),
            title: title,
            highlights: (object["highlights"] as? [String]) ?? [],
            body: body,
            captions: (object["captions"] as? [String]) ?? [],
            authors: Self.authors(object),
            publishedAt: published.flatMap { PublishedTime(iso: $0.stored) },
            publishedTimeZone: Self.string(object, "published_tz") ?? published?.zone,
            updatedAt: updated.flatMap { PublishedTime(iso: $0.stored) },
            updatedTimeZone: Self.string(object, "updated_tz") ?? updated?.zone,
            source: Self.string(object, "source_domain", "hostname", "sitename", "source").flatMap {
                HTMLArticleReader.absoluteURL($0) == nil ? $0 : nil  // trafilatura's `source` is the URL
            },
            section: Self.string(object, "section", "categories"),
            language: language)
    }

    /// Scraped text as stored paragraphs: lines cleaned, blank ones dropped, a blank line between.
    static func paragraphs(_ text: String) -> String {
        let lines = text.components(separatedBy: .newlines).map {
            TextArticleReader.cleanLine(HTMLEntities.decode($0))
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Authors as a list of names, a list of newsq author objects, or one string "A; B" / "A, B".
    static func authors(_ object: [String: Any]) -> [Byline] {
        if let names = object["authors"] as? [String] { return names.compactMap(byline) }
        if let people = object["authors"] as? [[String: Any]] {
            return people.compactMap { person in
                guard let name = person["name"] as? String, !name.isEmpty else { return nil }
                return Byline(name: name, role: person["role"] as? String, outlet: person["outlet"] as? String)
            }
        }
        if let names = object["author"] as? [String] { return names.compactMap(byline) }
        guard let text = string(object, "author", "authors") else { return [] }
        let parts = text.contains(";") ? text.components(separatedBy: ";") : [text]
        return parts.flatMap { part -> [Byline] in
            let parsed = BylineParser().parse(part)
            return parsed.isEmpty ? byline(part).map { [$0] } ?? [] : parsed
        }
    }

    private static func byline(_ name: String) -> Byline? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : Byline(name: trimmed)
    }

    /// The first of `keys` holding a non-empty string (a list of strings is joined by ", ").
    static func string(_ object: [String: Any], _ keys: String...) -> String? {
        for key in keys {
            if let text = object[key] as? String {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trimmed }
            } else if let list = object[key] as? [String], !list.isEmpty {
                return list.joined(separator: ", ")
            }
        }
        return nil
    }

    /// Foundation's message without its debugging dictionary.
    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "unreadable"
    }
}
