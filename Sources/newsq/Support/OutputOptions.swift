import ArgumentParser

/// `--format`, shared by every command that prints results, restricted to the formats the
/// command can produce: help, completion and the refusal of any other value name only those.
///
/// ```swift
/// @OptionGroup var output: OutputOptions<Places>   // table, json, jsonl, csv, tsv, geojson
/// ```
struct OutputOptions<Command: FormattedCommand>: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp("Output format.", valueName: "format"))
    var choice = FormatChoice<Command>(Command.formats[0])

    @Option(
        help: ArgumentHelp(
            "Bold headers and matches in tables: auto (on a terminal unless NO_COLOR is set), always, never.",
            valueName: "when"))
    var color: ColorChoice = .auto

    /// The chosen format.
    var format: OutputFormat { choice.format }
}
