import NewsStore

/// What `newsq import` prints. In a table, one line per article as it is committed (`line(for:)`,
/// failures on stderr) and a closing summary (`closing`); in JSON, one document at the end with
/// every article, failure and skip, so `jq` reads it as one value.
struct ImportReport {
    let summary: ImportSummary

    /// The whole report in JSON; in a table, only the closing summary (the lines went out already).
    func render(as format: OutputFormat) -> String {
        if format == .json { return JSONWriter.pretty(json) + "\n" }
        return closing
    }

    /// "imported         #12  Title  (feed.xml item 2)  [summary only: …]" on stdout, or the
    /// failure for stderr (nil stdout line).
    static func line(for event: ImportEvent) -> (stdout: String?, stderr: String?) {
        switch event {
        case .imported(let item):
            let note = item.note.map { "  [\($0)]" } ?? ""
            return ("imported         #\(item.articleID)  \(item.title)  (\(item.origin))\(note)\n", nil)
        case .alreadyPresent(let item):
            return ("already present  #\(item.articleID)  \(item.title)  (\(item.origin))\n", nil)
        case .failed(let failure):
            return (nil, "\(failure.origin): \(failure.reason)")
        }
    }

    /// "14 imported, 2 already present, 4 failed" and, when something was passed over,
    /// "skipped: 3 files not articles (.pdf ×2, .png); 2 WARC records (WARC request record, image/png response)".
    var closing: String {
        var text =
            "\(summary.imported.count) imported, \(summary.alreadyPresent.count) already present, "
            + "\(summary.failed.count) failed\n"
        if let skipped = skippedLine { text += skipped + "\n" }
        return text
    }

    /// The skip counts in words; nil when nothing was skipped.
    var skippedLine: String? {
        var parts: [String] = []
        let files = summary.skippedFiles.values.reduce(0, +)
        if files > 0 {
            parts.append(
                "\(files) \(files == 1 ? "file" : "files") not articles (\(Self.counts(summary.skippedFiles)))")
        }
        let records = summary.skippedRecords.values.reduce(0, +)
        if records > 0 {
            parts.append(
                "\(records) \(records == 1 ? "record" : "records") not articles (\(Self.counts(summary.skippedRecords)))"
            )
        }
        return parts.isEmpty ? nil : "skipped: " + parts.joined(separator: "; ")
    }

    /// ".pdf ×2, .png": most frequent first, then by name.
    private static func counts(_ counts: [String: Int]) -> String {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { $0.value > 1 ? "\($0.key) ×\($0.value)" : $0.key }.joined(separator: ", ")
    }

    private var json: OutputValue {
        func item(_ item: ImportSummary.Item) -> OutputValue {
            var fields: [OutputValue.Member] = [
                .init("id", .int(item.articleID)), .init("title", .string(item.title)),
                .init("origin", .string(item.origin)),
            ]
            if let note = item.note { fields.append(.init("warning", .string(note))) }
            return .object(fields)
        }
        func counts(_ counts: [String: Int]) -> OutputValue {
            .object(counts.sorted { $0.key < $1.key }.map { .init($0.key, .int($0.value)) })
        }
        var fields: [OutputValue.Member] = [
            .init("ok", .bool(summary.succeeded)),
            .init("imported", .array(summary.imported.map(item))),
            .init("already_present", .array(summary.alreadyPresent.map(item))),
            .init(
                "failed",
                .array(
                    summary.failed.map {
                        .object([.init("origin", .string($0.origin)), .init("reason", .string($0.reason))])
                    })),
            .init("skipped_files", counts(summary.skippedFiles)),
            .init("skipped_records", counts(summary.skippedRecords)),
        ]
        if summary.interrupted { fields.append(.init("interrupted", .bool(true))) }
        return .object(fields)
    }
}
