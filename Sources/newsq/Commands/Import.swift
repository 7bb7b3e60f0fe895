import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq import PATH…`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import article files (plain text or HTML), folders (recursively) or - for standard input.",
            discussion: """
                Each article is stored whole or not at all; one bad file never affects the others. \
                An article already stored (same cleaned title and body) is reported and left as it is. \
                Articles are read and extracted on every core and stored in the order given, many per \
                transaction. Ctrl-C stops after the batch being written and reports what was stored \
                (exit status 130); importing the same paths again goes on where it stopped. \
                Exit status 1 when any input failed.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
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

        @OptionGroup var output: OutputOptions<Import>

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - to import") }
            if let jobs, jobs < 0 { throw ValidationError("--jobs is a number of threads, 0 or more") }
        }

        /// The library's options for these flags.
        func importOptions(cancellation: ImportCancellation? = nil) -> ImportOptions {
            var options = ImportOptions(extract: !noExtract, cancellation: cancellation)
            if let jobs { options.workers = jobs }
            return options
        }

        func run() throws {
            let format = output.format
            try CommandRunner.run(format: format) {
                let store = try database.open(.create)
                if !noExtract { Console.noteGazetteerImage() }
                let cancellation = ImportCancellation()
                let progress = ProgressLine(verb: "importing", noun: "files")
                let summary = InterruptSignal.catching(cancellation) {
                    store.importFiles(
                        paths, options: importOptions(cancellation: cancellation), progress: progress.update)
                }
                progress.clear()
                Console.out(ImportReport(summary: summary).render(as: format))
                if format != .json {
                    for failure in summary.failed { Console.note("\(failure.origin): \(failure.reason)") }
                }
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
