import Foundation

/// What the page's head says about it: `<meta>` tags by name, property or itemprop, the canonical
/// link, `<html lang>`, `<title>` and the JSON-LD scripts; and the dates its body carries.
struct HTMLPageMetadata {
    /// Meta contents by lower-cased key ("og:title", "author", "article:published_time"); the first
    /// tag with a key wins.
    var meta: [String: String] = [:]
    var canonicalURL: String?
    var language: String?
    var documentTitle: String?
    var jsonLDScripts: [String] = []
    /// Machine-readable dates in the page's elements, in document order.
    var stamps: [PageStamp] = []
    /// The document-order place of the first `<h1>`: the article's header starts there.
    var headingOrder: Int?
    /// The text of the page's first few non-empty `<h1>` elements, in document order: the first is
    /// often a logo or a section label, the headline one of the next.
    var headings: [String] = []
    /// How many `<h1>` texts are kept.
    static let headingLimit = 4
    /// Elements whose class names a date, for `visibleStamps()`.
    private var datedElements: [(node: HTMLNode, isUpdate: Bool, order: Int)] = []

    init(document: HTMLNode) {
        var order = 0
        visit(document, order: &order, depth: 0)
    }

    private mutating func visit(_ node: HTMLNode, order: inout Int, depth: Int) {
        for child in node.children where !child.isText {
            order += 1
            read(child, order: order)
            // The tree is depth-limited when built; the bound here only guards the recursion.
            if depth < 400 { visit(child, order: &order, depth: depth + 1) }
        }
    }

    private mutating func read(_ node: HTMLNode, order: Int) {
        switch node.name {
        case "meta":
            // Some saved copies keep the content in a `value` attribute (a rewrite some readers
            // apply when they store a page); it means the same.
            guard let content = (node["content"] ?? node["value"]).map(Self.clean), !content.isEmpty else { return }
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
        case "h1":
            if headingOrder == nil { headingOrder = order }
            if headings.count < Self.headingLimit {
                let text = node.plainText
                if !text.isEmpty { headings.append(text) }
            }
            readStamp(node, order: order)
        default:
            readStamp(node, order: order)
        }
    }

    /// A stamp in the element's attributes, or in its text when its class names a date.
    private mutating func readStamp(_ node: HTMLNode, order: Int) {
        // One pass over the (few) attributes: this runs for every element of the page.
        var marks: [String] = []
        var itemprop = ""
        var machine: String?
        var isMarkedPublished = false
        for (name, value) in node.attributes {
            switch name {
            case "class", "id": marks.append(value)
            case "itemprop": itemprop = value.lowercased()
            case "datetime": machine = value
            case "data-published", "data-publish-date", "data-pubdate":
                if machine == nil { machine = value }
                isMarkedPublished = true
            case "pubdate": isMarkedPublished = true
            default: continue
            }
        }
        if machine == nil, itemprop.hasPrefix("date") { machine = node["content"] }
        if let machine, !machine.isEmpty {
            let isUpdate = itemprop == "datemodified" || PageStamp.isUpdateMark(marks)
            let isPublished =
                itemprop == "datepublished" || isMarkedPublished || (PageStamp.isPublishMark(marks) && !isUpdate)
            stamps.append(
                PageStamp(text: machine, kind: isPublished ? .published : .unmarked, isUpdate: isUpdate, order: order))
            return
        }
        // An element whose class names a date: its visible text is read only if nothing better is
        // found (`visibleStamps`), since most pages never need it.
        guard node.name == "time" || PageStamp.isDateClass(marks) else { return }
        let isUpdate = itemprop == "datemodified" || PageStamp.isUpdateMark(marks)
        datedElements.append((node, isUpdate, order))
    }

    /// The visible text of small dated elements ("Dec. 22, 2016, 6:47 p.m."), in document order; a
    /// long text is prose, not a stamp.
    func visibleStamps() -> [PageStamp] {
        datedElements.compactMap { element in
            guard Self.isSmall(element.node, budget: 24) else { return nil }
            let text = element.node.plainText
            guard (6...120).contains(text.count), text.contains(where: \.isNumber) else { return nil }
            return PageStamp(text: text, kind: .visible, isUpdate: element.isUpdate, order: element.order)
        }
    }

    /// True when the element has at most `budget` nodes below it: a stamp, not a section.
    private static func isSmall(_ node: HTMLNode, budget: Int) -> Bool {
        var left = budget
        func walk(_ node: HTMLNode) -> Bool {
            for child in node.children {
                left -= 1
                if left < 0 || !walk(child) { return false }
            }
            return true
        }
        return walk(node)
    }

    /// The first meta content among `keys`.
    func value(_ keys: String...) -> String? {
        keys.lazy.compactMap { meta[$0] }.first
    }

    /// The first meta content among `keys`.
    func value(in keys: [String]) -> String? {
        keys.lazy.compactMap { meta[$0] }.first
    }

    private static func clean(_ text: String) -> String {
        TextArticleReader.cleanLine(HTMLEntities.decode(text))
    }
}
