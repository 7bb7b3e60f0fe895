import ArgumentParser
import Foundation
import NewsStore

extension Newsq {
    /// `newsq export`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write articles with their authors, places, mentions and events as JSON Lines.",
            discussion: """
                One JSON object per article, in the order they were stored, with "newsq_export": 2 first; \
                importing the file into an empty database gives back the same articles, authors, places, \
                mentions and events. Words select by search; the filters are those of articles (with words, \
                those of search). Examples: newsq export -o all.jsonl; newsq export --place Mosul --since 2016-10; \
                newsq export mosul -dabiq.
                """)

        /// The formats `--format` takes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            /// One JSON object per line.
            case jsonl
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp("Only articles matching this search (newsq's search language).", valueName: "query"))
        var words: [String] = []

        @Option(help: "Output format: jsonl (one article per line).")
        var format: Format = .jsonl

        @Option(
            name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file.", valueName: "file"),
            completion: Completions.path)
        var output: String?

        @OptionGroup var filters: ArticleSelectionOptions

        func validate() throws {
            // Words take what no option claims (`-dabiq` is a word); a mistyped `--option` is not one.
            if let option = words.first(where: { $0.hasPrefix("--") }) {
                throw ValidationError("unknown option \(option); to search for it, put the query in quotes")
            }
        }

        /// The articles the arguments select.
        func selection() throws -> ArticleSelection {
            try filters.selection(query: words.joined(separator: " "))
        }

        func run() throws {
            try CommandRunner.run {
                let selection = try selection()
                let store = try database.open(.readOnly)
                let sink = try ExportSink(path: output)
                let count = try store.export(selection) { try sink.write($0) }
                try sink.finish()
                if let output {
                    Console.note("exported \(count.formatted()) article\(count == 1 ? "" : "s") to \(output)")
                }
            }
        }
    }
}

/// Where an export goes: standard output or a file, written in blocks rather than line by line.
private final class ExportSink {
    private let handle: FileHandle
    private let path: String?
    private var buffer = Data()

    /// Standard output, or a new file at `path` (replacing one that is there).
    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let file = FileHandle(forWritingAtPath: path)
        else {
            throw NewsStoreError.invalidArgument(
                name: "output file", value: path, reason: "cannot create it (check the folder exists and is writable)")
        }
        handle = file
    }

    func write(_ line: Data) throws {
        buffer.append(line)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func finish() throws {
        try flush()
        if path != nil { try handle.close() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
