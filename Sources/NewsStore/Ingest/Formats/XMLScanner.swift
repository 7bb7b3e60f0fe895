import Foundation

/// A small forward XML reader, enough for feeds: start and end tags with their attributes,
/// text with the five XML entities and character references decoded (HTML's named ones too,
/// which sloppy feeds use), CDATA sections as written; comments, processing instructions and
/// doctypes skipped. Names keep their prefix as written ("content:encoded", "dc:creator"):
/// feeds use the conventional prefixes, and matching them is all a feed reader needs.
///
/// Not a validating parser: unclosed tags and stray "<" come out as text rather than errors.
struct XMLScanner {
    enum Token: Equatable {
        /// `<name a="1">`; `range` is where the tag ends (for raw inner markup).
        case start(name: String, attributes: [String: String], selfClosing: Bool, end: String.Index)
        /// `</name>`; `begin` is where the tag starts.
        case end(name: String, begin: String.Index)
        case text(String)
    }

    let source: String
    private(set) var index: String.Index

    init(_ source: String) {
        self.source = source
        index = source.startIndex
    }

    /// The next token; nil at the end.
    mutating func next() -> Token? {
        while index < source.endIndex {
            if source[index] != "<" {
                let end = source[index...].firstIndex(of: "<") ?? source.endIndex
                let text = source[index..<end]
                index = end
                return .text(HTMLEntities.decodeOnce(String(text)))
            }
            let rest = source[index...]
            if rest.hasPrefix("<![CDATA[") {
                let body = rest.dropFirst(9)
                let end = body.range(of: "]]>")
                index = end?.upperBound ?? source.endIndex
                return .text(String(body[..<(end?.lowerBound ?? source.endIndex)]))
            }
            if rest.hasPrefix("<!--") {
                index = rest.range(of: "-->")?.upperBound ?? source.endIndex
                continue
            }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                index = rest.firstIndex(of: ">").map { source.index(after: $0) } ?? source.endIndex
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                index = source.endIndex
                return .text(String(rest))
            }
            let begin = index
            let inside = source[source.index(after: index)..<close]
            index = source.index(after: close)
            if inside.hasPrefix("/") {
                return .end(name: inside.dropFirst().trimmingCharacters(in: .whitespaces).lowercased(), begin: begin)
            }
            let selfClosing = inside.hasSuffix("/")
            let content = selfClosing ? inside.dropLast() : inside
            let name = content.prefix { !$0.isWhitespace }.lowercased()
            guard !name.isEmpty else { return .text("<" + inside + ">") }
            return .start(
                name: name, attributes: Self.attributes(content.dropFirst(name.count)), selfClosing: selfClosing,
                end: index)
        }
        return nil
    }

    /// `a="1" b='2'` as a dictionary with lower-cased names and decoded values.
    static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...].drop { $0.isWhitespace }
            guard let quote = rest.first, quote == "\"" || quote == "'" else { break }
            rest = rest.dropFirst()
            let end = rest.firstIndex(of: quote) ?? rest.endIndex
            result[name] = HTMLEntities.decodeOnce(String(rest[..<end]))
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
        }
        return result
    }
}
