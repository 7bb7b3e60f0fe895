/// What an input holds, told by its content first and by its name only when the content says
/// nothing clear: a `.txt` holding JSON Lines is read as JSON, a page saved without an extension
/// as HTML.
enum InputFormat: Equatable, Sendable {
    /// A web page: one article.
    case html
    /// Plain text or Markdown: one article.
    case text
    /// JSON or JSON Lines from a scraper (or newsq itself): one article per object.
    case json
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item.
    case feed
    /// A WARC web archive: one article per HTML response record.
    case warc

    /// Extensions a folder walk picks up, each also followed by ".gz".
    static let folderExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson", "xml", "rss", "atom",
        "warc",
    ]

    /// How much of the start of an input the sniffer looks at.
    static let sniffBytes = 1 << 16

    /// The extension that says what a file is, lower-cased, looking through ".gz"
    /// ("crawl.warc.gz" → "warc"); "" for none.
    static func innerExtension(of name: String) -> String {
        var base = Substring(name.split(separator: "/").last ?? "")
        if base.lowercased().hasSuffix(".gz") { base = base.dropLast(3) }
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    /// The extension as a folder walk reports a skipped file (".pdf", ".tar.gz", "no extension").
    static func skippedLabel(of name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let lowered = base.lowercased()
        if lowered.hasSuffix(".gz"), innerExtension(of: base) != "" { return "." + innerExtension(of: base) + ".gz" }
        guard let dot = lowered.lastIndex(of: "."), dot != lowered.startIndex else { return "no extension" }
        return String(lowered[dot...])
    }

    /// True when a folder walk imports a file of this name.
    static func isImportable(name: String) -> Bool {
        folderExtensions.contains(innerExtension(of: name))
    }

    /// The format of an input from its first bytes (already inflated) and, when those say
    /// nothing clear, its name.
    static func detect<Bytes: Collection<UInt8>>(head: Bytes, name: String?) -> InputFormat {
        let ext = name.map(innerExtension) ?? ""
        var bytes = Array(head.prefix(sniffBytes))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let start = bytes.firstIndex { !Self.isBlank($0) } ?? bytes.endIndex
        let rest = bytes[start...]
        if rest.starts(with: Array("WARC/1.".utf8)) { return .warc }
        if rest.first == UInt8(ascii: "{") { return .json }
        if rest.first == UInt8(ascii: "[") {
            let next = rest.dropFirst().first { !Self.isBlank($0) }
            if next == UInt8(ascii: "{") || next == UInt8(ascii: "]") || ["json", "jsonl", "ndjson"].contains(ext) {
                return .json
            }
        }
        if rest.first == UInt8(ascii: "<") {
            switch MarkupSniffer(text: String(decoding: rest, as: UTF8.self)).verdict() {
            case .feed: return .feed
            case .html: return .html
            case .unclear:
                if ["xml", "rss", "atom"].contains(ext) { return .feed }
                return ["txt", "text", "md", "markdown"].contains(ext) ? .text : .html
            }
        }
        if ["html", "htm", "xhtml"].contains(ext) { return .html }
        return .text
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
