import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq check [--repair]`
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the database: file integrity, references, the search and place indexes, orphans.",
            discussion: """
                One line per check; exit status 0 only when every check passes. --repair rebuilds the \
                full-text and coordinate indexes where they are wrong and deletes rows that point nowhere \
                and orphans, in one transaction, then checks again. A damaged file is not repaired: \
                restore a backup (newsq backup makes one).
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Check>

        @Flag(help: "Rebuild and delete what can be put right, then check again.")
        var repair = false

        func run() throws {
            var passed = true
            try CommandRunner.run(format: output.format) {
                let store = try database.open(repair ? .existing : .readOnly)
                let report = repair ? try store.repair() : try store.checkHealth()
                try CommandRunner.print(
                    Listings.healthChecks(report.checks, repaired: repair), as: output.format, color: output.color)
                passed = report.passed
                if !passed {
                    let names = report.failures.map(\.kind.rawValue).joined(separator: ", ")
                    let hint =
                        repair
                        ? "restore a backup of the database"
                        : report.failures.allSatisfy(\.kind.isRepairable)
                            ? "newsq check --repair puts this right" : "restore a backup of the database"
                    Console.warn("\(report.failures.count) of \(report.checks.count) checks failed (\(names)); \(hint)")
                }
            }
            // Failed checks are a result, not an error: the listing is printed, the status says it.
            if !passed { throw ExitCode.failure }
        }
    }
}

extension Newsq.Check: FormattedCommand {}
