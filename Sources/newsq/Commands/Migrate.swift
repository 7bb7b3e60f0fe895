import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq migrate [--status]`
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Create or upgrade the database schema, or list applied and pending migrations.",
            discussion: "Every command migrates the database it opens; this one does only that.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions<Migrate>

        @Flag(help: "List the migrations this newsq knows, with when each was applied.")
        var status = false

        func run() throws {
            try CommandRunner.run(format: output.format) {
                let statuses: [MigrationStatus]
                if status {
                    // Read without migrating, so pending migrations show as pending.
                    statuses = try database.migrationStatus()
                } else {
                    statuses = try database.open(.create).migrationStatus()
                }
                try CommandRunner.print(Listings.migrations(statuses), as: output.format, color: output.color)
            }
        }
    }
}

extension Newsq.Migrate: FormattedCommand {}
