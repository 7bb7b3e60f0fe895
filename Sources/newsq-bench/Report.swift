import Foundation

/// The markdown tables of a benchmark run.
enum Report {
    /// The machine and tool versions, one line.
    static func machine(sqliteVersion: String, swiftVersion: String, newsqVersion: String) -> String {
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), Linux \(release), "
            + "sqlite3 \(sqliteVersion), \(swiftVersion), newsq \(newsqVersion)."
    }

    /// The tables of one size.
    static func render(_ result: SizeResult) -> String {
        let corpus = result.corpus
        var text = """
            ### \(result.articles.formatted()) articles

            Corpus: \(corpus.articles.formatted()) HTML pages, \(megabytes(corpus.htmlBytes)) MB \
            (\(corpus.words / max(corpus.articles, 1)) words per article on average); the same articles as \
            JSON Lines, \(megabytes(corpus.jsonBytes)) MB. \(corpus.reused ? "Reused from an earlier run (same seed and size)." : "Generated in \(fixed(result.generationSeconds, 1)) s.")

            """
        if let first = result.firstRun {
            text +=
                "First run (`newsq migrate` creating the default database with the sample data): "
                + "\(fixed(first.wall.seconds, 2)) s wall, \(fixed(first.cpuSeconds, 2)) s CPU, "
                + "peak RSS \(first.maxRSSKilobytes / 1_024) MB, database \(megabytes(result.firstRunBytes)) MB "
                + "(the import below starts from it).\n"
        }
        text +=
            "\n| import | wall s | CPU s | CPU ms/article | articles/s | MB/s | peak RSS MB | database MB "
            + "| newsq ÷ sqlite3 (articles/s, wall) | newsq ÷ sqlite3 (CPU) |\n"
        text += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        let baseline = result.loads.last { $0.label.hasPrefix("sqlite3") }?.run
        for load in result.loads {
            guard let run = load.run else {
                text += "| \(load.label) | \(load.note) | | | | | | | | |\n"
                continue
            }
            let rate = Double(result.articles) / run.wall.seconds
            // A copy moves extracted records, not pages: no counterpart in the shell's load.
            let comparable = load.label.hasPrefix("newsq copy") ? nil : baseline
            let ratio = comparable.map { fixed($0.wall.seconds / run.wall.seconds, 3) } ?? "–"
            let cpuRatio = comparable.map { fixed($0.cpuSeconds / run.cpuSeconds, 3) } ?? "–"
            let status = run.status == 0 ? "" : " (exit \(run.status))"
            text +=
                "| \(load.label)\(status) | \(fixed(run.wall.seconds, 1)) | \(fixed(run.cpuSeconds, 1)) | "
                + "\(fixed(run.cpuSeconds * 1_000 / Double(result.articles), 2)) | \(fixed(rate, 1)) | "
                + "\(fixed(Double(load.inputBytes) / 1_048_576 / run.wall.seconds, 2)) | "
                + "\(run.maxRSSKilobytes / 1_024) | \(megabytes(load.databaseBytes)) | \(ratio) | \(cpuRatio) |\n"
        }
        if !result.loadAverages.isEmpty {
            text +=
                "\nLoad average (1, 5, 15 min) at the start, after the imports (when timed), at the end: "
                + result.loadAverages.map { "`\($0)`" }.joined(separator: ", ") + ".\n"
        }
        text +=
            "\n| query | newsq p50 ms | newsq p95 ms | sqlite3 p50 ms | sqlite3 p95 ms | newsq ÷ sqlite3 (p50) "
            + "| newsq CPU p50 ms | sqlite3 CPU p50 ms | newsq ÷ sqlite3 (CPU p50) "
            + "| in-process p50 ms | in-process p95 ms |\n"
        text += "| --- |" + String(repeating: " ---: |", count: 10) + "\n"
        for query in result.queries {
            let ratio = zip(query.newsq, query.sqlite).map { fixed($0.p50 / $1.p50, 2) } ?? "–"
            let cpuRatio = zip(query.newsqCPU, query.sqliteCPU).map { fixed($0.p50 / $1.p50, 2) } ?? "–"
            text +=
                "| \(query.name)\(query.note.isEmpty ? "" : " (\(query.note))") | \(ms(query.newsq?.p50)) | "
                + "\(ms(query.newsq?.p95)) | \(ms(query.sqlite?.p50)) | \(ms(query.sqlite?.p95)) | \(ratio) | "
                + "\(ms(query.newsqCPU?.p50)) | \(ms(query.sqliteCPU?.p50)) | \(cpuRatio) | "
                + "\(ms(query.inProcess?.p50)) | \(ms(query.inProcess?.p95)) |\n"
        }
        if !result.postgreSQLQueries.isEmpty { text += postgreSQL(result) }
        return text
    }

    /// The PostgreSQL table: wall time only (the server's work is in its own processes), against
    /// newsq on SQLite and the sqlite3 shell from the table above.
    private static func postgreSQL(_ result: SizeResult) -> String {
        var text =
            "\nnewsq on PostgreSQL (\(result.postgreSQLVersion ?? "unknown"), the same articles copied with "
            + "`newsq copy`), whole process, wall time (the server's CPU is not the child's):\n\n"
            + "| query | PostgreSQL p50 ms | PostgreSQL p95 ms | SQLite p50 ms | PostgreSQL ÷ SQLite (p50) "
            + "| PostgreSQL ÷ sqlite3 (p50) |\n| --- |" + String(repeating: " ---: |", count: 5) + "\n"
        let sqlite = Dictionary(result.queries.map { ($0.name, $0) }) { first, _ in first }
        for query in result.postgreSQLQueries {
            let onSQLite = sqlite[query.name]
            let ratio = zip(query.wall, onSQLite?.newsq).map { fixed($0.p50 / $1.p50, 2) } ?? "–"
            let shell = zip(query.wall, onSQLite?.sqlite).map { fixed($0.p50 / $1.p50, 2) } ?? "–"
            text +=
                "| \(query.name)\(query.note.isEmpty ? "" : " (\(query.note))") | \(ms(query.wall?.p50)) | "
                + "\(ms(query.wall?.p95)) | \(ms(onSQLite?.newsq?.p50)) | \(ratio) | \(shell) |\n"
        }
        return text
    }

    private static func zip(_ a: Latency?, _ b: Latency?) -> (Latency, Latency)? {
        guard let a, let b else { return nil }
        return (a, b)
    }

    static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) }

    private static func ms(_ value: Double?) -> String { value.map { fixed($0, $0 < 10 ? 2 : 1) } ?? "–" }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "–" }
        return value.formatted(.number.precision(.fractionLength(digits)).grouping(.never))
    }
}
