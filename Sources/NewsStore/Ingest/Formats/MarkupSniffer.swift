import Foundation

/// Looks past what may open a page or a feed (an XML declaration, comments, a doctype, whole
/// `<style>` and `<script>` blocks, blanks) to its first real element, and says what that is.
/// A page whose CSS runs on for 150 KB before `<html>` is still a page.
struct MarkupSniffer {
    enum Verdict: Equatable {
        case html, feed, unclear
    }

    /// Elements a web page opens with.
    private static let pageElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "article", "div", "p", "main", "header", "nav", "section",
        "span", "h1", "h2", "table", "base", "noscript", "iframe", "form", "img", "a", "ul", "br",
    ]

    /// Root elements of feeds.
    private static let feedElements: Set<String> = ["rss", "feed", "rdf:rdf", "rdf"]

    let text: String

    func verdict() -> Verdict {
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { return .unclear }
            let lowered = rest.prefix(32).lowercased()
            if lowered.hasPrefix("<?") {
                guard let end = rest.range(of: "?>") else { return .unclear }
                rest = rest[end.upperBound...]
            } else if lowered.hasPrefix("<!--") {
                // A comment running past the sniffed head: keep judging by what else was seen.
                guard let end = rest.range(of: "-->") else { return .unclear }
                rest = rest[end.upperBound...]
            } else if lowered.hasPrefix("<!doctype") {
                if lowered.hasPrefix("<!doctype html") { return .html }
                guard let end = rest.firstIndex(of: ">") else { return .unclear }
                rest = rest[rest.index(after: end)...]
            } else if lowered.hasPrefix("<style") || lowered.hasPrefix("<script") {
                // Only a page opens with CSS or a script; a text article does not.
                let name = lowered.hasPrefix("<style") ? "style" : "script"
                guard let end = rest.range(of: "</\(name)", options: .caseInsensitive) else { return .html }
                rest = rest[end.upperBound...]
                if let close = rest.firstIndex(of: ">") { rest = rest[rest.index(after: close)...] }
            } else if lowered.hasPrefix("<") {
                let name = String(
                    lowered.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" })
                if Self.feedElements.contains(name) { return .feed }
                if Self.pageElements.contains(name) { return .html }
                return .unclear
            } else {
                return .unclear
            }
        }
    }
}
