import Foundation

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items, one record each.
///
/// Fields by name as the feeds write them: `title`; `link` (RSS text, Atom `href` of the
/// alternate link; a permalink `guid` or an http `id` when there is none); `author`,
/// `dc:creator` (Atom: the author's `name`); `published`, `pubDate`, `dc:date`, and `updated`
/// only as a last resort; `content:encoded` or Atom `content` as the full text, else
/// `description` / `summary`.
enum FeedReader {
    /// The items of a feed, in order, each named "FILE item N".
    static func records(in data: Data, origin: String) -> [RecordOutput] {
        items(in: String(decoding: data, as: UTF8.self)).enumerated().map { number, item in
            .record(origin: "\(origin) item \(number + 1)", .feedItem(item))
        }
    }

    /// The items of the feed in `text`.
    static func items(in text: String) -> [FeedItem] {
        var scanner = XMLScanner(text)
        var state = FeedState(source: text)
        while let token = scanner.next() { state.take(token) }
        return state.items
    }
}

/// Where the feed reader is: the open elements, the item being read, the field gathering text.
private struct FeedState {
    let source: String
    var items: [FeedItem] = []
    var path: [String] = []
    var item: FeedItem?
    var itemDepth = 0
    var language: String?
    var feedTitle: String?
    /// The item field being read (a direct child of the item), and the text gathered for it.
    var field: String?
    var fieldAttributes: [String: String] = [:]
    var text = ""
    /// For Atom `type="xhtml"` content: where its inner markup starts.
    var markupStart: String.Index?

    mutating func take(_ token: XMLScanner.Token) {
        switch token {
        case .start(let name, let attributes, let selfClosing, let end):
            start(name, attributes, end: end)
            if selfClosing { finish(name, begin: end) }
        case .end(let name, let begin):
            finish(name, begin: begin)
        case .text(let value):
            if field != nil, markupStart == nil, acceptsText { text += value }
            if item == nil, let last = path.last, path.count <= 3 {
                if last == "language" || last == "dc:language" { language = value.trimmed.nilIfEmpty ?? language }
                if last == "title" && feedTitle == nil { feedTitle = value.trimmed.nilIfEmpty }
            }
        }
    }

    /// Atom authors nest their name: of an `author` element only its `name` counts.
    private var acceptsText: Bool {
        guard field == "author", path.count > itemDepth + 1 else { return true }
        return path.last == "name"
    }

    private mutating func start(_ name: String, _ attributes: [String: String], end: String.Index) {
        path.append(name)
        if item == nil, name == "item" || name == "entry" {
            item = FeedItem(language: language, feedTitle: feedTitle)
            itemDepth = path.count
            return
        }
        guard item != nil, path.count == itemDepth + 1 else { return }
        field = name
        fieldAttributes = attributes
        text = ""
        if name == "link", let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate" {
            fill(\.link, href)
        }
        if name == "content" || name == "summary", attributes["type"] == "xhtml" { markupStart = end }
    }

    private mutating func finish(_ name: String, begin: String.Index) {
        defer { if !path.isEmpty { path.removeLast() } }
        guard item != nil else { return }
        if path.count == itemDepth, name == path.last {
            if let finished = item { items.append(finished) }
            item = nil
            return
        }
        guard path.count == itemDepth + 1, let field else { return }
        if let markupStart, markupStart <= begin {
            text = String(source[markupStart..<begin])
        }
        markupStart = nil
        store(field, text.trimmed)
        self.field = nil
    }

    private mutating func store(_ field: String, _ value: String) {
        guard !value.isEmpty else { return }
        switch field {
        case "title": fill(\.title, value)
        case "link": fill(\.link, value)
        case "guid", "id":
            let isLink = value.hasPrefix("http://") || value.hasPrefix("https://")
            if isLink && fieldAttributes["ispermalink"] != "false" { fill(\.link, value) }
        case "author", "dc:creator":
            item?.authors.append(Self.authorName(value))
        case "published", "pubdate", "dc:date", "issued": fill(\.published, value)
        case "updated", "modified", "dc:modified": fill(\.updated, value)
        case "content:encoded", "content": fill(\.content, value)
        case "description", "summary": fill(\.summary, value)
        default: break
        }
    }

    /// Sets a field of the item unless an earlier element set it.
    private mutating func fill(_ field: WritableKeyPath<FeedItem, String?>, _ value: String) {
        guard var current = item, current[keyPath: field] == nil else { return }
        current[keyPath: field] = value
        item = current
    }

    /// RSS writes `author` as "jane@example.com (Jane Doe)": the name in brackets.
    private static func authorName(_ value: String) -> String {
        if value.contains("@"), let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"),
            open < close
        {
            return String(value[value.index(after: open)..<close]).trimmed
        }
        return value
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
