import ArgumentParser

/// `--format`, shared by every listing command.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(OutputFormat.helpText, valueName: "format"))
    var format: OutputFormat = .table

    /// Refuses formats this command cannot produce (geojson outside places, ics outside events).
    func validate(allowed: [OutputFormat]) throws {
        guard allowed.contains(format) else {
            throw ValidationError(
                "--format \(format.rawValue) is not available here; use one of "
                    + allowed.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The formats every listing supports.
    static let listingFormats: [OutputFormat] = [.table, .json, .jsonl, .csv, .tsv]
}
