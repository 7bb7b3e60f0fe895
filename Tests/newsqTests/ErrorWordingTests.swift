import NewsStore
import Testing

@testable import newsq

/// The library describes its errors without flags; newsq adds the options a user types.
@Suite struct ErrorWordingTests {
    /// Every error case whose fix is a newsq option or subcommand, with the hint newsq adds.
    static let hinted: [(NewsStoreError, String)] = [
        (.databaseNotFound(path: "/x.sqlite"), "omit --db to use the default database"),
        (.notADatabase(path: "/x.sqlite", reason: "file is not a database"), "point --db at a newsq database file"),
        (.databaseTooNew(path: "/x.sqlite", databaseVersion: 9, supportedVersion: 2), "upgrade newsq to open it"),
        (.invalidFTS5Expression(expression: "mosul AND (", message: "fts5: syntax error"), "drop --raw"),
        (.articleNotFound(id: 7), "`newsq articles` lists them"),
        (.placeNotFound(name: "Atlantis"), "`newsq places` lists known places"),
        (.savedQueryNotFound(name: "q"), "`newsq saved list` shows them"),
        (.savedQueryExists(name: "q"), "remove it first or use --replace"),
        (
            .parameterMismatch(name: "q", reason: "parameters missing year", expected: ["place", "year"]),
            "it expects --param place=… --param year=…"
        ),
        (.queryTimedOut(name: "q", seconds: 0.2), "allow more time with --timeout"),
        (.invalidArgument(name: "distance", value: "30000 km", reason: "too far"), "invalid --within \"30000 km\""),
        (.invalidArgument(name: "country", value: "Narnia", reason: "unknown"), "invalid --country \"Narnia\""),
    ]

    @Test func theLibraryNamesNoFlagOrSubcommand() {
        for (error, _) in Self.hinted {
            #expect(!error.description.contains("--"), "\(error)")
            #expect(!error.description.contains(/newsq [a-z]/), "\(error)")
        }
    }

    @Test func theCommandLineAddsTheOptionThatHelps() {
        for (error, hint) in Self.hinted {
            #expect(ErrorOutput.message(for: error).contains(hint), "\(error)")
        }
    }

    @Test func aMissingDatabaseReadsAsBeforeTheLibraryLostItsFlags() {
        #expect(
            ErrorOutput.line(for: NewsStoreError.databaseNotFound(path: "/x.sqlite"), json: false)
                == "newsq: error: no database at /x.sqlite; check the path, or omit --db to use the default database")
    }

    @Test func errorsWithoutAHintKeepTheLibrarysWords() {
        let error = NewsStoreError.unreadableInput(path: "a.txt", reason: "empty file")
        #expect(ErrorOutput.message(for: error) == error.description)
        let unknown = NewsStoreError.invalidArgument(name: "colour", value: "mauve", reason: "no such colour")
        #expect(ErrorOutput.message(for: unknown) == "invalid colour \"mauve\": no such colour")
    }
}
