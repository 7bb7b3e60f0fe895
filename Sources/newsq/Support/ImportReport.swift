import NewsStore

/// The summary `newsq import` prints: a line per article, then the totals. Failures go to stderr,
/// one line each, except in JSON, where they are part of the object.
struct ImportReport {
    let summary: ImportSummary

    func render(as format: OutputFormat) -> String {
        if format == .json { return JSONWriter.pretty(json) + "\n" }
        var lines = summary.imported.map { "imported         #\($0.articleID)  \($0.title)  (\($0.origin))" }
        lines += summary.alreadyPresent.map { "already present  #\($0.articleID)  \($0.title)  (\($0.origin))" }
        lines.append(
            "\(summary.imported.count) imported, \(summary.alreadyPresent.count) already present, \(summary.failed.count) failed"
        )
        return lines.joined(separator: "\n") + "\n"
    }

    private var json: OutputValue {
        func item(_ item: ImportSummary.Item) -> OutputValue {
            .object([
                .init("id", .int(item.articleID)), .init("title", .string(item.title)),
                .init("origin", .string(item.origin)),
            ])
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
        ]
        if summary.interrupted { fields.append(.init("interrupted", .bool(true))) }
        return .object(fields)
    }
}
