import ArgumentParser

/// The newsq command line: one subcommand per file under Commands/.
@main
struct Newsq: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq",
        abstract: "A news knowledge store: import articles, then search them and list their places and events.",
        discussion: """
            The database is --db, else $NEWSQ_DB, else $XDG_DATA_HOME/newsq/news.sqlite. That default \
            database is created with the sample data the first time a command needs it.
            Exit status: 0 on success (an empty result is success), 1 when the command failed, 64 for a \
            usage error. With --format json, errors are JSON on stderr too.
            Place data from GeoNames (geonames.org), CC BY 4.0.
            """,
        version: "0.2.0",
        subcommands: [
            Import.self, Search.self, Show.self, Articles.self, Places.self, Events.self, Extract.self,
            Trend.self, Report.self, Export.self, Remove.self, Saved.self, Run.self, Gazetteer.self, Migrate.self,
            Check.self, Backup.self, Optimize.self, Serve.self, Copy.self,
        ]
    )

    /// Answers a mistyped command with the closest one before ArgumentParser reads the rest
    /// ("newsq serach mosul": "did you mean 'search'?", exit 64), then runs as usual.
    static func main() {
        // Walk down the command tree (`saved lst` is a typo one level down) while arguments name commands.
        var arguments = Array(CommandLine.arguments.dropFirst())[...]
        var command: ParsableCommand.Type = Newsq.self
        while !command.configuration.subcommands.isEmpty {
            let commands = command.configuration.subcommands.compactMap { $0.configuration.commandName }
            if let message = Suggestion.unknownCommand(Array(arguments), commands: commands) {
                // ArgumentParser's own way to end with a usage error (its `main` ends every run
                // so); nothing is open yet, so no deinit is skipped. A hidden pass-through argument
                // on the groups was tried instead: it swallows the subcommand names themselves.
                exit(withError: ValidationError(message))
            }
            guard let first = arguments.first,
                let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == first })
            else { break }
            command = next
            arguments = arguments.dropFirst()
        }
        main(nil)
    }
}
