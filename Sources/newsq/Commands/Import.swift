import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq import PATH…`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import article files (plain text or HTML), folders (recursively) or - for standard input.",
            discussion: """
                Each article is stored whole or not at all; one bad file never affects the others. \
                An article already stored (same cleaned title and body) is reported and left as it is. \
                Exit status 1 when any input failed.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
        var paths: [String]

        @OptionGroup var output: OutputOptions<Import>

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - to import") }
        }

        func run() throws {
            let format = output.format
            try CommandRunner.run(format: format) {
                let store = try database.open(.create)
                let summary = store.importFiles(paths)
                Console.out(ImportReport(summary: summary).render(as: format))
                if format != .json {
                    for failure in summary.failed { Console.note("\(failure.origin): \(failure.reason)") }
                }
                if !summary.succeeded { throw ExitCode.failure }
            }
        }
    }
}

extension Newsq.Import: FormattedCommand {
    static let formats: [OutputFormat] = [.table, .json]
}
