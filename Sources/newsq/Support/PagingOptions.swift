import ArgumentParser

/// `--limit` and `--offset` for a command that lists results a page at a time; the default
/// page size and the words of the help come from `Command`.
///
/// ```swift
/// @OptionGroup var paging: PagingOptions<Events>   // --limit 1000 unless given
/// ```
///
/// Both take the next word whatever it looks like (`parsing: .unconditional`), so `--limit -1`
/// is answered "--limit must be at least 1", not "Missing value".
struct PagingOptions<Command: PagedCommand>: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Show at most this many \(Command.resultNoun)."))
    var limit = Command.pageSize
    @Option(parsing: .unconditional, help: ArgumentHelp("Skip this many \(Command.resultNoun) first."))
    var offset = 0

    /// One more than the page: asked of the store so `page(_:)` can tell whether more follow.
    var probeLimit: Int { limit == Int.max ? limit : limit + 1 }

    /// The page of `rows` (fetched with `probeLimit`), saying on stderr when more follow, so a
    /// listing never stops short in silence.
    func page<Row>(_ rows: [Row]) -> [Row] {
        guard rows.count > limit else { return rows }
        Console.note(
            "showing \(Command.resultNoun) \(offset + 1)–\(offset + limit); more follow: "
                + "--offset \(offset + limit) shows the next ones")
        return Array(rows.prefix(limit))
    }

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
    }
}
