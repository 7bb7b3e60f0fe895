import Foundation

/// Markdown as the plain text the text reader expects: heading markers, emphasis, link targets
/// and image references dropped, so "# Title" gives the title "Title" and "[the report](url)"
/// reads "the report".
enum MarkdownText {
    /// True for a name the user gave a Markdown extension.
    static func isMarkdown(name: String) -> Bool {
        ["md", "markdown"].contains(InputFormat.innerExtension(of: name))
    }

    /// The text of a Markdown document.
    static func plain(_ markdown: String) -> String {
        markdown.components(separatedBy: "\n").map(plainLine).joined(separator: "\n")
    }

    private static func plainLine(_ line: String) -> String {
        var text = line.replacing(#/^\s{0,3}#{1,6}\s+/#, with: "")
        text = text.replacing(#/\s+#+\s*$/#, with: "")
        text = text.replacing(#/!\[([^\]]*)\]\([^)]*\)/#, with: "")
        text = text.replacing(#/\[([^\]]+)\]\([^)]*\)/#) { String($0.1) }
        text = text.replacing(#/(\*\*|__)(\S(?:.*?\S)?)\1/#) { String($0.2) }
        text = text.replacing(#/^\s{0,3}>\s?/#, with: "")
        return text
    }
}
