import Foundation
import Testing

@testable import newsq

/// Shell completion: file paths for `import` inputs, `--db` and `-o`, saved-query names for
/// `run` and `saved show`, read from the database when TAB is pressed.
@Suite(.serialized) struct CompletionTests {
    /// The body of one shell function of the generated bash script.
    private func function(_ name: String, in script: String) throws -> String {
        let start = try #require(script.range(of: "\n\(name)() {\n"), "no function \(name)")
        let rest = script[start.upperBound...]
        let end = rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func theBashScriptCompletesPathsAndSavedQueryNames() throws {
        let e2e = CLIEndToEndTests(home: try CLIEndToEndTests.freshHome())
        let run = try e2e.newsq(["--generate-completion-script", "bash"])
        #expect(run.status == 0)
        let script = run.stdout
        let importFunction = try function("_newsq_import", in: script)
        #expect(importFunction.contains("'--db')\n        __newsq_add_completions -f"), "\(importFunction)")
        // The inputs, a positional argument.
        #expect(importFunction.contains("*)\n        __newsq_add_completions -f"), "\(importFunction)")
        let export = try function("_newsq_export", in: script)
        #expect(export.contains("'-o'|'--output')\n        __newsq_add_completions -f"), "\(export)")
        let report = try function("_newsq_report", in: script)
        #expect(report.contains("'-o'|'--output')\n        __newsq_add_completions -f"), "\(report)")
        for (function, command) in [("_newsq_run", "run"), ("_newsq_saved_show", "saved show")] {
            let body = try self.function(function, in: script)
            #expect(body.contains("---completion \(command) -- positional@0"), "\(body)")
        }
    }

    @Test func tabAfterRunListsTheSavedQueriesOfTheDatabaseWithoutCreatingOne() throws {
        let home = try CLIEndToEndTests.freshHome()
        let e2e = CLIEndToEndTests(home: home)
        // As the bash script calls it: the words, the index of the word and the cursor in it.
        func complete(_ words: [String]) throws -> [String] {
            let run = try e2e.newsq(
                ["---completion", "run", "--", "positional@0", String(words.count - 1), "0"] + words)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init)
        }
        // No default database yet: nothing to offer, and none is created by pressing TAB.
        #expect(try complete(["newsq", "run", ""]) == [])
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("data/newsq").path))
        let db = home.appendingPathComponent("mine.sqlite").path
        let add = try e2e.newsq(["saved", "add", "weekly-mosul", "--search", "mosul", "--db", db])
        #expect(add.status == 0, "\(add.stderr)")
        let names = try complete(["newsq", "run", "--db", db, ""])
        #expect(names.contains("weekly-mosul") && names.contains("articles-mentioning"), "\(names)")
        #expect(Completions.database(in: ["newsq", "run", "--db=/x/y.sqlite", "w"]) == "/x/y.sqlite")
        #expect(Completions.database(in: ["newsq", "run", "--db", "'/x/a b.sqlite'", "w"]) == "/x/a b.sqlite")
    }
}
