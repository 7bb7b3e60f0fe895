/// Text made safe for HTML: escaped, and search highlights as `<mark>`.
enum HTMLText {
    /// Escaped for element content and quoted attribute values.
    static func escape(_ text: String) -> String { SVGWriter.escape(Highlight.plain(text)) }

    /// Escaped, with the highlight markers of a snippet turned into `<mark>…</mark>`.
    static func highlighted(_ text: String) -> String {
        var out = ""
        var run = ""
        var open = false
        for scalar in text.unicodeScalars {
            guard Highlight.isMarker(scalar) else {
                run.unicodeScalars.append(scalar)
                continue
            }
            out += SVGWriter.escape(run)
            run = ""
            if scalar == Highlight.open, !open {
                out += "<mark>"
                open = true
            } else if scalar == Highlight.close, open {
                out += "</mark>"
                open = false
            }
        }
        out += SVGWriter.escape(run)
        return open ? out + "</mark>" : out
    }

    /// JSON text that can sit inside `<script type="application/json">`: every "<" written as
    /// \u003c, so no "</script>" or "<!--" in the data can end or change the element.
    static func scriptJSON(_ value: OutputValue) -> String {
        JSONWriter.compact(value).replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// An SVG document without its XML declaration, for inlining in HTML.
    static func inlineSVG(_ document: String) -> String {
        guard document.hasPrefix("<?xml"), let end = document.firstIndex(of: "\n") else { return document }
        return String(document[document.index(after: end)...])
    }
}
