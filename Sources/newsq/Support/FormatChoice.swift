import ArgumentParser

/// A `--format` value that `Command` accepts. Parsing refuses every other format, so the
/// argument parser's help ("values: …"), shell completion and usage error ("Please provide one
/// of …") list exactly the command's formats.
struct FormatChoice<Command: FormattedCommand>: ExpressibleByArgument, Sendable {
    let format: OutputFormat

    /// A choice known to be accepted (a default).
    init(_ format: OutputFormat) {
        precondition(Command.formats.contains(format), "\(format) is not a format of \(Command.self)")
        self.format = format
    }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument), Command.formats.contains(format) else { return nil }
        self.format = format
    }

    var defaultValueDescription: String { format.rawValue }

    static var allValueStrings: [String] { Command.formats.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
