import ArgumentParser
import Foundation

/// The maintainer tool that scores newsq on the development corpus:
/// `swift run -c release newsq-eval [--corpus ../shared/corpus] [--format table|json]`.
///
/// Run it before and after a change to extraction and compare the tables (EVALUATION.md).
@main
struct NewsqEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-eval",
        abstract: "Score newsq's extraction on the development corpus (../shared/corpus).",
        discussion: """
            Pages: title exactly right (white space collapsed), publication day, author set \
            (case and space normalised), body snippets with/without (trafilatura), body \
            bag-of-words F1 where a gold text exists, near-empty bodies (< 200 characters). Dates: \
            WikiWars year/month/day expressions found with the right value. Places: the most \
            mentioned places over the corpus, flagging words known not to be places here.
            """
    )

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "The corpus folder (html/, dates/wikiwars, text/cliff).")
    var corpus = "../shared/corpus"

    @Option(help: "table (for people) or json (for tools).")
    var format = Format.table

    @Option(help: "How many of the most mentioned places to list.")
    var topPlaces = 40

    @Flag(help: "Also list every page whose title or author set is wrong: expected and found.")
    var failures = false

    func run() throws {
        let evaluation = Evaluation(
            corpus: URL(fileURLWithPath: corpus, isDirectory: true), topPlaces: topPlaces, listMisses: failures)
        let report = try evaluation.run { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        switch format {
        case .table:
            print(report.table)
            let misses = report.pages.dropLast().flatMap { $0.misses ?? [] }
            if !misses.isEmpty { print("\n" + misses.map(\.text).joined(separator: "\n")) }
        case .json: print(try report.json())
        }
    }
}
