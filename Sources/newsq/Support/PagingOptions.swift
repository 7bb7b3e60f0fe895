import ArgumentParser

/// `--limit` and `--offset` for a command that lists results a page at a time; the default
/// page size and the words of the help come from `Command`.
///
/// ```swift
/// @OptionGroup var paging: PagingOptions<Events>   // --limit 1000 unless given
/// ```
struct PagingOptions<Command: PagedCommand>: ParsableArguments {
    @Option(help: ArgumentHelp("Show at most this many \(Command.resultNoun)."))
    var limit = Command.pageSize
    @Option(help: ArgumentHelp("Skip this many \(Command.resultNoun) first."))
    var offset = 0

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
    }
}
