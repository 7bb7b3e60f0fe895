import Foundation

extension NewsStore {
    /// How many articles `export` reads per statement: memory stays at one page, whatever the size.
    static let exportPageSize = 256

    /// Writes every selected article as one line of newsq export JSON (`ExportRecord.jsonLine()`,
    /// followed by a newline), in the order the articles were stored, a page at a time.
    ///
    /// ```swift
    /// var output = Data()
    /// let count = try store.export(ArticleSelection(place: "Mosul")) { output.append($0) }
    /// ```
    /// - Returns: how many articles were written.
    /// - Throws: `NewsStoreError.invalidQuery` for a query that means nothing; whatever `write`
    ///   throws (the export stops there); `SQLiteError`.
    @discardableResult
    public func export(_ selection: ArticleSelection = ArticleSelection(), to write: (Data) throws -> Void) throws
        -> Int
    {
        let search = try selection.query.map { SearchInput.query(try SearchQuery.parse($0)) }
        var last = 0
        var count = 0
        while true {
            let ids = try storage.articleIDs(selection, search: search, after: last, limit: Self.exportPageSize)
            guard let final = ids.last else { return count }
            for id in ids {
                var line = try storage.exportRecord(articleID: id).jsonLine()
                line.append(0x0A)
                try write(line)
                count += 1
            }
            last = final
        }
    }

    /// One stored article as an export record.
    /// - Throws: `NewsStoreError.articleNotFound`; `SQLiteError`.
    public func exportRecord(id: Int) throws -> ExportRecord {
        try storage.exportRecord(articleID: id)
    }

    /// Imports the lines of a newsq export (`newsq export` output) exactly as they were exported:
    /// articles, authors, places, mentions and events as given, nothing extracted again. Records
    /// are stored many to a transaction, each whole or not at all; an article whose content hash
    /// is stored already is reported as already present. Blank lines are skipped.
    ///
    /// ```swift
    /// let lines = try String(contentsOfFile: "news.jsonl", encoding: .utf8).split(separator: "\n")
    /// let summary = store.importExported(lines.map { Data($0.utf8) }, origin: "news.jsonl")
    /// ```
    /// - Parameter origin: names the input in the summary: each item is `origin:LINE`.
    /// - Returns: what was imported, already present, or failed (a bad line with its number and
    ///   why; the other lines are imported).
    public func importExported(_ lines: some Sequence<Data>, origin: String) -> ImportSummary {
        var summary = ImportSummary()
        var batch: [(origin: String, record: ExportRecord)] = []
        for (index, line) in lines.enumerated() {
            let lineOrigin = "\(origin):\(index + 1)"
            guard line.contains(where: { !Self.isJSONSpace($0) }) else { continue }
            do {
                batch.append((lineOrigin, try ExportRecord(jsonLine: line, origin: lineOrigin)))
            } catch {
                summary.failed.append(.init(origin: lineOrigin, reason: Self.reason(error, origin: lineOrigin)))
            }
            if batch.count == Self.exportPageSize {
                summary.merge(importExported(batch))
                batch = []
            }
        }
        if !batch.isEmpty { summary.merge(importExported(batch)) }
        return summary
    }

    /// Stores decoded export records as given, in one transaction, each whole or not at all: the
    /// entry point for an import that reads records itself. `origin` names each in the summary
    /// (a path, `path:LINE`) and is stored as where the article came from when the record has none.
    /// - Returns: per record, imported, already present (by content hash) or failed and why.
    public func importExported(_ records: [(origin: String, record: ExportRecord)]) -> ImportSummary {
        var summary = ImportSummary()
        var writes: [(record: ExportRecord, contentHash: String, origin: String)] = []
        var origins: [String] = []
        for (origin, record) in records {
            let hash: String
            do {
                hash = try record.verifiedContentHash(origin: origin)
            } catch {
                summary.failed.append(.init(origin: origin, reason: Self.reason(error, origin: origin)))
                continue
            }
            writes.append((record, hash, origin))
            origins.append(origin)
        }
        guard !writes.isEmpty else { return summary }
        do {
            let outcomes = try storage.writeExported(writes)
            for ((origin, write), outcome) in zip(zip(origins, writes), outcomes) {
                switch outcome {
                case .stored(let id):
                    summary.imported.append(.init(origin: origin, articleID: id, title: write.record.title))
                case .alreadyPresent(let existing):
                    summary.alreadyPresent.append(.init(origin: origin, articleID: existing.id, title: existing.title))
                case .failed(let error):
                    summary.failed.append(.init(origin: origin, reason: Self.reason(error, origin: origin)))
                }
            }
        } catch {
            for origin in origins { summary.failed.append(.init(origin: origin, reason: "\(error)")) }
        }
        return summary
    }

    /// An error's words without the origin a `NewsStoreError.unreadableInput` repeats.
    private static func reason(_ error: any Error, origin: String) -> String {
        if case NewsStoreError.unreadableInput(let path, let reason) = error, path == origin { return reason }
        return "\(error)"
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

extension ImportSummary {
    /// Adds another summary's counts (a later batch of the same import or copy).
    public mutating func merge(_ other: ImportSummary) {
        imported += other.imported
        alreadyPresent += other.alreadyPresent
        failed += other.failed
        interrupted = interrupted || other.interrupted
    }
}
