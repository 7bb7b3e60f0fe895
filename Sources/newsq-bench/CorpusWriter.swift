import Foundation

/// Writes a corpus to disk as it is generated (one article in memory at a time): HTML pages in
/// shard folders of 1,000 (`html/0000/article-000001.html`, …) and the same articles as JSON Lines
/// (`articles.jsonl`), which the sqlite3 CLI loads.
struct CorpusWriter {
    /// Pages per shard folder.
    static let shardSize = 1_000

    /// What was written.
    struct Summary: Sendable {
        let folder: String
        let articles: Int
        let htmlBytes: Int
        let jsonBytes: Int
        let words: Int
        /// True when an earlier run's corpus was found complete and kept.
        var reused = false
        var htmlFolder: String { folder + "/html" }
        var jsonLines: String { folder + "/articles.jsonl" }
    }

    let generator: ArticleGenerator

    /// Writes articles 1...count under `folder`, unless a complete corpus with the same seed and
    /// size is already there (a marker file is written last).
    /// - Throws: `BenchError.cannotWrite`.
    func write(count: Int, to folder: String) throws -> Summary {
        let marker = folder + "/corpus.done"
        let stamp = "seed \(generator.seed) articles \(count)\n"
        if let done = FileManager.default.contents(atPath: marker), let summary = Self.summary(done, stamp, folder) {
            return summary
        }
        try? FileManager.default.removeItem(atPath: folder)
        try Self.makeFolder(folder + "/html")
        guard FileManager.default.createFile(atPath: folder + "/articles.jsonl", contents: nil),
            let json = FileHandle(forWritingAtPath: folder + "/articles.jsonl")
        else { throw BenchError.cannotWrite(folder + "/articles.jsonl") }
        defer { try? json.close() }
        var htmlBytes = 0
        var jsonBytes = 0
        var words = 0
        var buffer = Data()
        for number in 1...max(count, 1) where count > 0 {
            let article = generator.article(number)
            let shard = folder + "/html/" + Self.padded((number - 1) / Self.shardSize, 4)
            if (number - 1) % Self.shardSize == 0 { try Self.makeFolder(shard) }
            let page = Data(HTMLPage.render(article).utf8)
            let path = shard + "/article-" + Self.padded(number, 6) + ".html"
            guard FileManager.default.createFile(atPath: path, contents: page) else {
                throw BenchError.cannotWrite(path)
            }
            htmlBytes += page.count
            words += article.wordCount
            buffer.append(contentsOf: HTMLPage.jsonLine(article).utf8)
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                try json.write(contentsOf: buffer)
                jsonBytes += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try json.write(contentsOf: buffer)
        jsonBytes += buffer.count
        let record = stamp + "html \(htmlBytes) json \(jsonBytes) words \(words)\n"
        guard FileManager.default.createFile(atPath: marker, contents: Data(record.utf8)) else {
            throw BenchError.cannotWrite(marker)
        }
        return Summary(folder: folder, articles: count, htmlBytes: htmlBytes, jsonBytes: jsonBytes, words: words)
    }

    /// The summary recorded by an earlier complete run with the same stamp.
    private static func summary(_ marker: Data, _ stamp: String, _ folder: String) -> Summary? {
        let text = String(decoding: marker, as: UTF8.self)
        guard text.hasPrefix(stamp) else { return nil }
        let fields = text.dropFirst(stamp.count).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count == 6, let html = Int(fields[1]), let json = Int(fields[3]), let words = Int(fields[5]),
            let count = Int(stamp.split(separator: " ")[3].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return Summary(folder: folder, articles: count, htmlBytes: html, jsonBytes: json, words: words, reused: true)
    }

    private static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw BenchError.cannotWrite(path)
        }
    }

    /// `value` with leading zeros to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
