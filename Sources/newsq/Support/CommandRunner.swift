import ArgumentParser

/// Runs a command's body and turns any failure into one line on stderr — a JSON object with
/// `--format json`/`jsonl` — and exit status 1. Usage errors go back to the argument parser
/// (exit status 64). The store is a local of the body, so it is closed before the process ends.
enum CommandRunner {
    static func run(format: OutputFormat = .table, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.error(ErrorOutput.line(for: error, json: format.isJSON))
            throw ExitCode.failure
        }
    }

    /// Renders a listing to stdout in the chosen format.
    static func print(_ listing: Listing, as format: OutputFormat, color: ColorChoice = .auto) throws {
        let text = try listing.render(as: format, context: .current(color: color))
        Console.out(text)
        // An empty table prints nothing on stdout; say so to the person reading.
        if format == .table && listing.rows.isEmpty { Console.note("no \(listing.noun)") }
    }
}
