import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq import PATH…`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import articles: files, folders (recursively) or - for standard input.",
            discussion: """
                Reads plain text, Markdown, HTML pages, JSON and JSON Lines (news-please, trafilatura, \
                newspaper, newsq's own show/listing output), RSS and Atom feeds and WARC archives, any of \
                them gzipped; the format is told by content first, then by extension. A folder is walked \
                for .txt .text .md .markdown .html .htm .xhtml .json .jsonl .ndjson .xml .rss .atom .warc \
                (and each with .gz); other files are counted as skipped. A JSON, feed or WARC file gives \
                one article per record, and a bad record is reported by its line, item or record number \
                while the rest is imported. \
                Each article is stored whole or not at all; one bad file never affects the others. \
                An article already stored (same cleaned title and body) is reported and left as it is. \
                Articles are read and extracted on every core and stored in the order given, many per \
                transaction. Ctrl-C stops after the batch being written and reports what was stored \
                (exit status 130); importing the same paths again goes on where it stopped. \
                A line is printed for each article as it is stored; on a terminal a progress line \
                (files, articles, rate, time left) shows on stderr unless --quiet. With --format json \
                the report is one JSON document at the end. \
                Exit status 1 when any input failed.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"),
            completion: Completions.path)
        var paths: [String]

        @Flag(
            help: ArgumentHelp(
                "Store the articles without finding places and events (fast); fill them in later with extract --all."
            ))
        var noExtract = false

        @Option(
            help: ArgumentHelp(
                "Threads that read and extract articles (default: one per core; 0: all on the main thread).",
                valueName: "n"))
        var jobs: Int?

        @Option(
            help: ArgumentHelp(
                "Publication day for every imported article, for sources that carry no date (2016-10-17).",
                valueName: "date"))
        var published: String?

        @Flag(help: "Print only the closing summary and failures: no line per article, no progress line.")
        var quiet = false

        @OptionGroup var output: OutputOptions<Import>

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - to import") }
            if let jobs, jobs < 0 { throw ValidationError("--jobs is a number of threads, 0 or more") }
            _ = try publishedDay()
        }

        /// `--published` as the store takes it.
        func publishedDay() throws -> CalendarDay? {
            try published.map { try DateRangeOptions.day($0, option: "--published") }
        }

        /// The library's options for these flags.
        func importOptions(cancellation: ImportCancellation? = nil) -> ImportOptions {
            var options = ImportOptions(extract: !noExtract, cancellation: cancellation)
            if let jobs { options.workers = jobs }
            options.publishedOverride = try? publishedDay()
            return options
        }

        func run() throws {
            let format = output.format
            try CommandRunner.run(format: format) {
                let store = try database.open(.create)
                if !noExtract { Console.noteGazetteerImage() }
                let cancellation = ImportCancellation()
                let progress =
                    quiet
                    ? ProgressLine(verb: "importing", noun: "files", enabled: false)
                    : ProgressLine(verb: "importing", noun: "files")
                var options = importOptions(cancellation: cancellation)
                options.countFiles = progress.enabled
                // Lines go out as articles are committed; in JSON the one document comes at the end.
                let perArticle = format != .json && !quiet
                let summary = InterruptSignal.catching(cancellation) {
                    store.importFiles(paths, options: options, progress: progress.update) { event in
                        let line = ImportReport.line(for: event)
                        guard perArticle || line.stderr != nil, format != .json else { return }
                        progress.interrupt {
                            if let text = line.stdout, perArticle { Console.out(text) }
                            if let text = line.stderr { Console.note(text) }
                        }
                    }
                }
                progress.clear()
                Console.out(ImportReport(summary: summary).render(as: format))
                if summary.interrupted {
                    Console.note(
                        "interrupted: stopped after the batch being written; import the same paths again to go on")
                    throw ExitCode(InterruptSignal.exitStatus)
                }
                if !summary.succeeded { throw ExitCode.failure }
            }
        }
    }
}

extension Newsq.Import: FormattedCommand {
    static let formats: [OutputFormat] = [.table, .json]
}
