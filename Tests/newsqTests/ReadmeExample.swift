/// One example of README.md: a `$ newsq …` command (or a `#!/bin/bash` script) with the output
/// the README shows under it, and how to tell whether a real run still matches.
///
/// The conventions, documented in a comment at the top of README.md's tour:
/// - In a fenced block, a line starting with `$ newsq` is a command; the lines under it, up to
///   the next `$` line or the end of the block, are its shown output (stdout). A command shown
///   with no output is only checked to succeed. A command whose single quotes are still open at
///   the end of its line goes on on the next lines.
/// - A fence of `sh` whose first line is `#!/bin/bash` is a script: it is run whole and must succeed.
/// - A line of output `…` alone stands for any number of lines, left out.
/// - A `…` inside a line stands for any text (a cut line, or a part left out).
/// - Spaces: a run of spaces compares as one (columns realign when a cell is abbreviated), and a
///   table's rule line (`--  -----`) matches any rule of the same number of columns.
/// - A shown line ending in `(on stderr, exit N)` is compared with stderr and the command must
///   exit with N; `(exit N)` alone sets only the status.
/// - `<!-- not run: reason -->` on the line before a fence: that block is shown, not run (it
///   needs files or a server the sample data does not have).
struct ReadmeExample: Sendable, CustomStringConvertible {
    /// What runs: a shell command line, or a whole script.
    var command: String
    /// True for a `#!/bin/bash` script block.
    var isScript: Bool
    /// The output the README shows (without a trailing status note).
    var shown: [String]
    /// True when the shown lines are stderr.
    var shownOnStderr: Bool
    /// The exit status the README promises.
    var status: Int32
    /// The README line the example starts on (1-based).
    var line: Int

    var description: String { "README.md:\(line): \(command)" }

    /// The examples of a README, in order, and the blocks not run (line and reason).
    static func parse(_ readme: String) -> (examples: [ReadmeExample], notRun: [(line: Int, reason: String)]) {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var examples: [ReadmeExample] = []
        var notRun: [(line: Int, reason: String)] = []
        var index = 0
        var skipReason: String?
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!-- not run:") {
                skipReason = trimmed.dropFirst("<!-- not run:".count).replacingOccurrences(of: "-->", with: "")
                    .trimmingCharacters(in: .whitespaces)
                index += 1
                continue
            }
            guard trimmed.hasPrefix("```") else {
                if !trimmed.isEmpty { skipReason = nil }
                index += 1
                continue
            }
            let language = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
            var end = index + 1
            while end < lines.count && !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("```") { end += 1 }
            let body = Array(lines[(index + 1)..<min(end, lines.count)])
            if let reason = skipReason {
                notRun.append((index + 1, reason))
            } else if language == "sh", body.first == "#!/bin/bash" {
                examples.append(
                    ReadmeExample(
                        command: body.joined(separator: "\n"), isScript: true, shown: [], shownOnStderr: false,
                        status: 0, line: index + 2))
            } else if language.isEmpty || language == "console" {
                examples += commands(in: body, firstLine: index + 2)
            }
            skipReason = nil
            index = end + 1
        }
        return (examples, notRun)
    }

    /// The `$ newsq` commands of one block with their shown output.
    private static func commands(in body: [String], firstLine: Int) -> [ReadmeExample] {
        var examples: [ReadmeExample] = []
        var index = 0
        while index < body.count {
            guard body[index].hasPrefix("$ newsq") else {
                index += 1
                continue
            }
            let start = index
            var command = String(body[index].dropFirst(2))
            while quoteIsOpen(command) && index + 1 < body.count {
                index += 1
                command += "\n" + body[index]
            }
            index += 1
            var shown: [String] = []
            while index < body.count && !body[index].hasPrefix("$ ") {
                shown.append(body[index])
                index += 1
            }
            while shown.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { shown.removeLast() }
            var example = ReadmeExample(
                command: command, isScript: false, shown: shown, shownOnStderr: false, status: 0,
                line: firstLine + start)
            example.takeStatusNote()
            examples.append(example)
        }
        return examples
    }

    /// True when a single or double quote of the shell line is still open at its end (a `#`
    /// starting a word outside quotes begins a comment, whose apostrophes do not count).
    static func quoteIsOpen(_ command: String) -> Bool {
        var quote: Character?
        var previous: Character = " "
        for character in command {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#" && previous.isWhitespace {
                // A comment runs to the end of its line.
                return false
            }
            previous = character
        }
        return quote != nil
    }

    /// Reads a trailing `(on stderr, exit N)` or `(exit N)` off the last shown line.
    private mutating func takeStatusNote() {
        guard var last = shown.last, last.hasSuffix(")"), let open = last.range(of: "(", options: .backwards)
        else { return }
        let note = last[open.upperBound...].dropLast()
        let parts = note.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let exit = parts.last, exit.hasPrefix("exit "), let value = Int32(exit.dropFirst(5)) else { return }
        status = value
        shownOnStderr = parts.contains("on stderr")
        last = String(last[..<open.lowerBound])
        while last.last == " " { last.removeLast() }
        shown[shown.count - 1] = last
    }

    // MARK: Matching

    /// True when `output` is what the shown lines describe.
    func matches(_ output: String) -> Bool {
        // CSV ends its lines with CRLF (one Character in Swift); the README shows lines.
        var actual = output.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        while actual.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { actual.removeLast() }
        return Self.linesMatch(shown[...], actual[...])
    }

    private static func linesMatch(_ shown: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = shown.first else { return actual.isEmpty }
        if first.trimmingCharacters(in: .whitespaces) == "…" {
            var rest = actual
            while true {
                if linesMatch(shown.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let line = actual.first, lineMatches(first, line) else { return false }
        return linesMatch(shown.dropFirst(), actual.dropFirst())
    }

    /// One shown line against one real line: `…` is any text, runs of spaces are one.
    static func lineMatches(_ shown: String, _ actual: String) -> Bool {
        let shownText = collapsed(shown)
        let actualText = collapsed(actual)
        if isRule(shownText) { return isRule(actualText) && words(shownText) == words(actualText) }
        let pieces = shownText.components(separatedBy: "…")
        guard pieces.count > 1 else { return shownText == actualText }
        guard let head = pieces.first, let tail = pieces.last, actualText.hasPrefix(head) else { return false }
        var rest = Substring(actualText.dropFirst(head.count))
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.hasSuffix(tail)
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func isRule(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "-" || $0 == " " } && text.contains("--")
    }

    private static func words(_ text: String) -> Int { text.split(separator: " ").count }
}
