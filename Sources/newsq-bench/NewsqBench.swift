import ArgumentParser
import Foundation

/// `newsq-bench`: newsq against the sqlite3 CLI on a generated corpus (issue 9). Not a test: it
/// takes minutes to hours and its numbers depend on the machine. See BENCHMARKS.md.
@main
struct NewsqBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsq-bench",
        abstract: "Benchmark newsq import and queries against the sqlite3 CLI on a generated corpus.",
        discussion: "Run from the package root: swift run -c release newsq-bench. Results: markdown on stdout.")

    @Option(help: "Corpus sizes, comma-separated.")
    var sizes = "10000,100000"

    @Flag(help: "Also run 1,000,000 articles (hours, and tens of GB of disk).")
    var million = false

    @Option(help: ArgumentHelp("Also write the tables to this file.", valueName: "path"))
    var out: String?

    @Option(help: ArgumentHelp("Working folder for corpora and databases (default .build/bench).", valueName: "dir"))
    var work: String?

    @Option(help: "Corpus seed: the same seed writes the same bytes.")
    var seed: UInt64 = 2016

    @Option(help: ArgumentHelp("The newsq binary (default .build/release/newsq, built if missing).", valueName: "path"))
    var newsq: String?

    @Option(help: "Timed runs per query, after 2 warm-ups.")
    var runs = 15

    @Flag(help: "Keep the databases an earlier run of the same size and seed left; time only the queries.")
    var reuseDatabases = false

    @Option(
        help: ArgumentHelp(
            "Also run every query on newsq's PostgreSQL engine: a server URL; the bench makes its own database "
                + "newsq_bench_<size> there.", valueName: "postgresql-url"))
    var postgres: String?

    @Option(
        help: ArgumentHelp(
            "A newsq built with the PostgreSQL trait (default .build/bench-postgresql/release/newsq, built if missing).",
            valueName: "path"))
    var postgresNewsq: String?

    @Flag(help: "Only write the corpora (to look at them, or to time the generator); measure nothing.")
    var generateOnly = false

    @Option(help: ArgumentHelp("The newsq source tree (default: the one this was built from).", valueName: "dir"))
    var root: String?

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard !counts.isEmpty else { throw ValidationError("--sizes needs at least one positive number") }
    }

    /// The sizes to run, in order.
    var counts: [Int] {
        sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
            + (million ? [1_000_000] : [])
    }

    func run() throws {
        let root = self.root ?? Self.sourceRoot
        let work = self.work ?? root + "/.build/bench"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        BenchRunner.note("reading the corpus ingredients from \(root)/SampleData/gazetteer")
        let ingredients = try CorpusIngredients(gazetteerFolder: root + "/SampleData/gazetteer", seed: seed)
        if generateOnly {
            let writer = CorpusWriter(generator: ArticleGenerator(ingredients: ingredients, seed: seed))
            for count in counts {
                let corpus = try writer.write(count: count, to: work + "/size-\(count)/corpus")
                print(
                    "\(corpus.folder): \(corpus.articles) articles, \(Report.megabytes(corpus.htmlBytes)) MB HTML, "
                        + "\(Report.megabytes(corpus.jsonBytes)) MB JSON Lines, \(corpus.words) words")
            }
            return
        }
        let sqlite = try SQLiteCLI.locate()
        let newsq = try self.newsq ?? Self.releaseNewsq(root: root, work: work)
        var runner = BenchRunner(
            newsq: newsq, sqlite: sqlite, root: root, work: work, seed: seed, runs: runs, ingredients: ingredients)
        runner.reuse = reuseDatabases
        if let postgres {
            let binary = try postgresNewsq ?? Self.releaseNewsq(root: root, work: work, postgreSQL: true)
            runner.postgreSQL = try PostgreSQLSide.locate(serverURL: postgres, newsq: binary)
        }
        var text = Report.machine(
            sqliteVersion: sqlite.version(work: work), swiftVersion: Self.firstLine(of: "swift", ["--version"], work),
            newsqVersion: Self.firstLine(of: newsq, ["--version"], work))
        text +=
            "\n\nCommand: `swift run -c release newsq-bench \(CommandLine.arguments.dropFirst().joined(separator: " "))`"
        text += " (\(runs) timed runs per query after 2 warm-ups; rare word: `\(ingredients.words[20_000])`).\n\n"
        print(text, terminator: "")
        for count in counts {
            let section = Report.render(try runner.run(count: count)) + "\n"
            print(section, terminator: "")
            text += section
            if let out { try Data(text.utf8).write(to: URL(fileURLWithPath: out)) }
        }
    }

    /// The package root, from this file's place in it (Sources/newsq-bench/NewsqBench.swift).
    static var sourceRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// `.build/release/newsq`, built first when missing; with `postgreSQL`, a build with that trait
    /// in its own scratch folder, `.build/bench-postgresql`, so the default build is left alone.
    /// - Throws: `BenchError` when it cannot be built.
    static func releaseNewsq(root: String, work: String, postgreSQL: Bool = false) throws -> String {
        let scratch = root + (postgreSQL ? "/.build/bench-postgresql" : "/.build")
        let binary = scratch + "/release/newsq"
        if FileManager.default.isExecutableFile(atPath: binary) { return binary }
        guard let swift = Tools.onPath("swift") else { throw BenchError.missingTool("swift not found on PATH") }
        var arguments = ["build", "-c", "release", "--product", "newsq", "--package-path", root]
        if postgreSQL { arguments += ["--traits", "PostgreSQL", "--scratch-path", scratch] }
        BenchRunner.note("building newsq: swift \(arguments.joined(separator: " "))")
        let build = try ChildProcess(executable: swift, arguments: arguments).run(
            stdout: work + "/build.out", stderr: work + "/build.err")
        guard build.status == 0, FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError.failed("swift \(arguments.joined(separator: " "))", "see \(work)/build.err")
        }
        return binary
    }

    /// The first line a program prints, or "unknown".
    static func firstLine(of program: String, _ arguments: [String], _ work: String) -> String {
        let path = program.hasPrefix("/") ? program : Tools.onPath(program) ?? program
        let out = work + "/version.txt"
        guard
            let run = try? ChildProcess(executable: path, arguments: arguments).run(
                stdout: out, stderr: work + "/version.err"), run.status == 0
        else { return "\(program) unknown" }
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").first.map(String.init) ?? "\(program) unknown"
    }
}
