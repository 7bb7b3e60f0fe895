import ArgumentParser
import Foundation
import NewsStore

extension Newsq {
    /// `newsq extract FILE` (a dry run) and `newsq extract --all` (fills in a database).
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Show what importing a file would store, or fill in places and events with --all.",
            discussion: """
                With a file: prints, for each article in it (a page or text, or every record of a JSON, feed or \
                WARC file), the cleaned fields, authors with roles, places (country, coordinates, \
                offsets, whether resolved in the gazetteer) and events (date, precision, expression, rule, \
                evidence), without touching any database. Uses the gazetteer shipped with newsq. The JSON \
                fields are documented in the README.

                With --all: finds the places and events of every article stored by import --no-extract, \
                in the database, a batch per transaction. Articles done are skipped, so an interrupted \
                run (Ctrl-C, exit status 130) goes on where it stopped when run again.
                """)

        @Argument(
            help: ArgumentHelp(
                "An article (page or text), a JSON, feed or WARC file, or - for standard input.", valueName: "file"),
            completion: Completions.path)
        var file: String?

        @Flag(help: "Extract every article of the database stored without places and events.")
        var all = false

        @Option(
            help: ArgumentHelp(
                "Publication day to resolve dates against when the text has none (2016-10-17).", valueName: "date"))
        var published: String?

        @Option(
            help: ArgumentHelp(
                "With --all: threads that extract (default: one per core; 0: all on the main thread).",
                valueName: "n"))
        var jobs: Int?

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var output: OutputOptions<Extract>

        func validate() throws {
            _ = try publishedDay()
            switch (file, all) {
            case (nil, false): throw ValidationError("give a file to extract, or --all to fill in the database")
            case (.some, true): throw ValidationError("give a file or --all, not both")
            case (nil, true) where published != nil:
                throw ValidationError("--published applies to a file; stored articles keep their own dates")
            default: break
            }
            if let jobs, jobs < 0 { throw ValidationError("--jobs is a number of threads, 0 or more") }
        }

        /// `--published` as the store takes it.
        func publishedDay() throws -> CalendarDay? {
            try published.map { try DateRangeOptions.day($0, option: "--published") }
        }

        func run() throws {
            let format = output.format
            try CommandRunner.run(format: format) {
                guard let file else { return try extractAll(format: format) }
                if file != "-" && !FileManager.default.fileExists(atPath: file) {
                    throw NewsStoreError.unreadableInput(path: file, reason: "no such file")
                }
                Console.noteGazetteerImage()
                let previews = try NewsStore.previewExtraction(file, publishedOverride: try publishedDay())
                try print(previews, as: format)
            }
        }

        /// One article as before (a page or text file); several (a JSON, feed or WARC file) as a
        /// JSON array or one table each, every one named by its origin. Unreadable ones are told
        /// on stderr, and fail the command when nothing could be read.
        private func print(_ previews: [ExtractionPreview], as format: OutputFormat) throws {
            let reports = previews.compactMap { preview in
                (try? preview.result.get()).map { (preview.origin, ExtractionReport(extracted: $0)) }
            }
            let failures = previews.compactMap { preview -> NewsStoreError? in
                if case .failure(let error) = preview.result { return error }
                return nil
            }
            if reports.isEmpty, let first = failures.first {
                for failure in failures.dropFirst() { Console.note(failure.commandLineMessage) }
                throw first
            }
            for failure in failures { Console.note(failure.commandLineMessage) }
            if reports.count == 1, failures.isEmpty {
                let report = reports[0].1
                Console.out(format == .json ? JSONWriter.pretty(report.json) + "\n" : report.table)
            } else if format == .json {
                Console.out(JSONWriter.pretty(.array(reports.map { Self.named($0.0, $0.1.json) })) + "\n")
            } else {
                Console.out(reports.map { "== \($0.0)\n" + $0.1.table }.joined(separator: "\n"))
            }
            if !failures.isEmpty { throw ExitCode.failure }
        }

        /// A report with its origin as the first field.
        private static func named(_ origin: String, _ report: OutputValue) -> OutputValue {
            guard case .object(let members) = report else { return report }
            return .object([.init("origin", .string(origin))] + members)
        }

        private func extractAll(format: OutputFormat) throws {
            let store = try database.open(.existing)
            let cancellation = ImportCancellation()
            var options = ImportOptions(cancellation: cancellation)
            if let jobs { options.workers = jobs }
            let progress = ProgressLine(verb: "extracting", noun: "articles")
            Console.noteGazetteerImage()
            let summary = try InterruptSignal.catching(cancellation) {
                try store.extractPending(options: options, progress: progress.update)
            }
            progress.clear()
            Console.out(Self.render(summary, as: format))
            if format != .json {
                for failure in summary.failed { Console.note("\(failure.origin): \(failure.reason)") }
            }
            if summary.interrupted {
                Console.note("interrupted: stopped after the batch being written; run extract --all again to go on")
                throw ExitCode(InterruptSignal.exitStatus)
            }
            if !summary.succeeded { throw ExitCode.failure }
        }

        /// The totals of `extract --all`.
        static func render(_ summary: ExtractionSummary, as format: OutputFormat) -> String {
            guard format == .json else {
                return "\(summary.extracted) extracted, \(summary.failed.count) failed\n"
            }
            var fields: [OutputValue.Member] = [
                .init("ok", .bool(summary.succeeded)), .init("extracted", .int(summary.extracted)),
                .init(
                    "failed",
                    .array(
                        summary.failed.map {
                            .object([.init("article", .string($0.origin)), .init("reason", .string($0.reason))])
                        })),
            ]
            if summary.interrupted { fields.append(.init("interrupted", .bool(true))) }
            return JSONWriter.pretty(.object(fields)) + "\n"
        }
    }
}

extension Newsq.Extract: FormattedCommand {
    static let formats: [OutputFormat] = [.json, .table]
}
