import Foundation

/// What the page's head says about it: `<meta>` tags by name, property or itemprop, the canonical
/// link, `<html lang>`, `<title>` and the JSON-LD scripts.
struct HTMLPageMetadata {
    /// Meta contents by lower-cased key ("og:title", "author", "article:published_time"); the first
    /// tag with a key wins.
    var meta: [String: String] = [:]
    var canonicalURL: String?
    var language: String?
    var documentTitle: String?
    var jsonLDScripts: [String] = []
    /// `<time datetime>` values of elements marked as the publication time.
    var timeStamps: [String] = []

    init(document: HTMLNode) {
        let nodes = document.descendants(named: ["meta", "link", "html", "title", "script", "time"])
        for node in nodes {
            switch node.name {
            case "meta":
                guard let content = node["content"].map(Self.clean), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop"] {
                    guard let value = node[key]?.lowercased(), !value.isEmpty else { continue }
                    if meta[value] == nil { meta[value] = content }
                }
            case "link":
                let rel = node["rel"]?.lowercased().split(separator: " ") ?? []
                if canonicalURL == nil, rel.contains("canonical"), let href = node["href"], !href.isEmpty {
                    canonicalURL = href
                }
            case "html":
                if language == nil, let lang = node["lang"] ?? node["xml:lang"], !lang.isEmpty { language = lang }
            case "title":
                if documentTitle == nil {
                    let text = node.plainText
                    if !text.isEmpty { documentTitle = text }
                }
            case "script":
                if node["type"]?.lowercased().contains("ld+json") == true {
                    jsonLDScripts.append(node.children.filter(\.isText).map(\.text).joined())
                }
            default:
                let isPublished =
                    node["itemprop"] == "datePublished" || node["pubdate"] != nil
                    || (node["class"]?.lowercased().contains("publish") ?? false)
                if isPublished, let stamp = node["datetime"], !stamp.isEmpty { timeStamps.append(stamp) }
            }
        }
    }

    /// The first meta content among `keys`.
    func value(_ keys: String...) -> String? {
        keys.lazy.compactMap { meta[$0] }.first
    }

    private static func clean(_ text: String) -> String {
        TextArticleReader.cleanLine(HTMLEntities.decode(text))
    }
}
