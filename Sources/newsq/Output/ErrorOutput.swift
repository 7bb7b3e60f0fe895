import Foundation
import NewsStore

/// How a failed command words its error for stderr.
///
/// Normally one line: `newsq: error: <description>`. With `--format json`/`jsonl` scripts parse
/// what newsq says, so the line is a compact JSON object instead:
/// `{"ok": false, "error": "<description>"}`. Either way the description is made one line
/// (line breaks become "; "), so each error is exactly one line of stderr.
enum ErrorOutput {
    /// The error line for stderr, without a final newline.
    ///
    /// ```swift
    /// Console.error(ErrorOutput.line(for: error, json: format.isJSON))
    /// ```
    static func line(for error: any Error, json: Bool) -> String {
        let message = message(for: error)
        guard json else { return "newsq: error: " + message }
        return "{\"ok\": false, \"error\": " + JSONWriter.quoted(message) + "}"
    }

    /// The error's text on one line: line breaks become "; ", blank lines vanish. Store errors
    /// are worded for the command line (`NewsStoreError.commandLineMessage`), others described.
    static func message(for error: any Error) -> String {
        let raw = (error as? NewsStoreError)?.commandLineMessage ?? String(describing: error)
        let lines = raw.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.isEmpty ? "unknown error" : lines.joined(separator: "; ")
    }
}
