/// The two renderings of a generated article: a news web page of the usual shape (head metadata,
/// site navigation, an `<article>` with headline, byline and paragraphs, a footer) and one JSON
/// object per line with the same fields.
enum HTMLPage {
    /// The page newsq imports.
    static func render(_ article: GeneratedArticle) -> String {
        let title = escape(article.title)
        let author = escape(article.author)
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>\(title) | \(escape(article.source))</title>
            <meta property="og:site_name" content="\(escape(article.source))">
            <meta property="article:published_time" content="\(article.publishedAt)">
            <meta property="article:section" content="\(escape(article.section))">
            <meta name="author" content="\(author)">
            <link rel="canonical" href="\(article.url)">
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
            <main><article>
            <h1>\(title)</h1>
            <p class="byline">By \(author)</p>

            """
        for paragraph in article.paragraphs {
            page += "<p>" + escape(paragraph) + "</p>\n"
        }
        page += """
            </article></main>
            <footer><p>Copyright \(escape(article.source)). All rights reserved.</p></footer>
            </body></html>

            """
        return page
    }

    /// One JSON Lines record: number, url, title, author, source, section, published_at and the
    /// body as paragraphs joined by blank lines (as newsq stores it).
    static func jsonLine(_ article: GeneratedArticle) -> String {
        let fields: [(String, String)] = [
            ("url", article.url), ("title", article.title), ("author", article.author), ("source", article.source),
            ("section", article.section), ("published_at", article.publishedAt),
            ("body", article.paragraphs.joined(separator: "\n\n")),
        ]
        return "{\"number\":\(article.number),"
            + fields.map { "\"\($0.0)\":\"\(jsonEscape($0.1))\"" }.joined(separator: ",") + "}"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    static func jsonEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
