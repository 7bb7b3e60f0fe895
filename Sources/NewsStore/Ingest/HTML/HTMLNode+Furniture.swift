import Foundation

extension HTMLNode {
    /// Elements never part of a story's text.
    static let furnitureElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg",
        "template", "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "menu", "dialog",
        "head", "title", "link", "meta", "math",
    ]

    /// Class or id words that mark sharing bars, related links, newsletters, comments, promotions and ads.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "comment", "comments", "promo", "promotion", "ad",
        "ads", "advert", "advertisement", "sponsored", "subscribe", "subscription", "cookie", "cookies",
        "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "outbrain", "taboola", "recommended",
        "trending", "signup", "disqus", "banner", "widget", "tags", "pagination", "dialog",
    ]

    /// Elements that start a new paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "section", "article", "table", "tr", "td", "th", "caption", "figure", "figcaption", "main", "address",
        "hr", "center", "details", "summary", "body", "html",
    ]

    /// Class words that name the story's own frame ("site-content__layout--has-sidebar",
    /// "entry-content-share"): a class token holding one of them is not furniture.
    static let frameWords: Set<String> = [
        "content", "article", "body", "story", "entry", "post", "main", "layout", "wrapper", "container", "page",
        "text", "single", "has",
    ]

    /// Lower-cased words of the class and id ("article-share-bar" → article, share, bar).
    static func classWords(of node: HTMLNode) -> Set<String> {
        let text = ((node["class"] ?? "") + " " + (node["id"] ?? "")).lowercased()
        return Set(text.unicodeScalars.split { !($0.isAlphabetic || $0.isNumeric) }.map { String($0) })
    }

    /// Elements skipped even when the page is read leniently: they never hold visible text.
    static let invisibleElements: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "svg", "iframe", "select", "textarea", "button",
        "object", "embed", "canvas", "math",
    ]

    /// True when the page hides the element (`hidden`, `aria-hidden`, an inline `display:none`).
    var isHidden: Bool {
        if self["hidden"] != nil || self["aria-hidden"] == "true" { return true }
        guard let style = self["style"]?.lowercased().replacingOccurrences(of: " ", with: "") else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// True for elements dropped with everything inside them. `lenient` keeps everything that can be
    /// visible text: the fallback for pages whose story sits inside an unclosed form or a frame with
    /// a misleading class.
    func isFurniture(lenient: Bool = false) -> Bool {
        if lenient { return Self.invisibleElements.contains(name) }
        if Self.furnitureElements.contains(name) || isHidden { return true }
        // The page frame and the story element itself may carry such words for styling
        // (`<body class="has-comments">`); only inner blocks are judged by them.
        guard !["html", "body", "main", "article"].contains(name) else { return false }
        return !furnitureClassWords.isEmpty
    }

    /// First words of class tokens that label a post's topics (WordPress and its kin) or say what a
    /// block lacks: such a token does not name the block.
    static let nonNamingStarts: Set<String> = ["tag", "category", "s", "no", "without"]

    /// Class words that may name the page's layout or the story's state rather than a box beside the
    /// story ("sticky-sidebar-relative", "subscription-behind-paywall" around the story's text).
    static let layoutFurnitureWords: Set<String> = [
        "sidebar", "widget", "banner", "tags", "pagination", "ad", "ads", "subscription",
    ]

    /// The furniture words of the class and id tokens that mark the element as furniture (a token
    /// naming the story's frame does not count).
    var furnitureClassWords: Set<String> {
        let tokens = ((self["class"] ?? "") + " " + (self["id"] ?? "")).lowercased().split(separator: " ")
        var found: Set<String> = []
        for token in tokens {
            let parts = token.split { !($0.isLetter || $0.isNumber) }.map(String.init)
            // Taxonomy labels ("tag-cookie-recipes", "category-social-media") say what a post is
            // about, and "no-share" what a block lacks, not what the block is.
            if let first = parts.first, Self.nonNamingStarts.contains(first) { continue }
            let words = Set(parts)
            guard words.isDisjoint(with: Self.frameWords) else { continue }
            found.formUnion(words.intersection(Self.furnitureWords))
        }
        return found
    }

    /// Words that name a story in a class token, and words that name its text.
    static let storyNameWords: Set<String> = ["post", "entry", "article", "story"]
    static let storyTextWords: Set<String> = ["body", "content", "text"]

    /// True when a class token names the element as a story's text ("post-body",
    /// "entry-content", "article-text").
    var namesStoryText: Bool {
        guard let classes = self["class"]?.lowercased() else { return false }
        return classes.split(separator: " ").contains { token in
            let parts = Set(token.split { !($0.isLetter || $0.isNumber) }.map(String.init))
            return !parts.isDisjoint(with: Self.storyNameWords) && !parts.isDisjoint(with: Self.storyTextWords)
        }
    }
}
