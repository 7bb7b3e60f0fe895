import Foundation
import Testing

@testable import NewsStore

/// Read commands run as the built binary: they open the database read-only, never migrate,
/// refuse what is not a newsq database in one line, and leave every file byte-identical.
@Suite(.serialized) struct ReadOnlyCommandTests {
    /// Every read command, as a user types it after `--db PATH`.
    static let readCommands: [[String]] = [
        ["search", "mosul"], ["search", "--count", "mosul"], ["articles"], ["show", "1"], ["places"],
        ["events"], ["saved", "list"], ["saved", "show", "articles-mentioning"], ["check"],
        ["run", "articles-mentioning", "--param", "place=Mosul"],
    ]

    /// A newsq database with the sample data, made through the library (closed again).
    static let sample: Result<URL, Error> = Result {
        let folder = try CLIEndToEndTests.freshHome()
        let path = folder.appendingPathComponent("news.sqlite")
        do {
            let store = try NewsStore(path: path.path, access: .create)
            try store.loadSampleData()
        }
        return path
    }

    let home: URL
    init() throws { home = try CLIEndToEndTests.freshHome() }

    /// A private copy of the sample database in a folder of its own.
    func sampleCopy() throws -> URL {
        let folder = home.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("news.sqlite")
        try FileManager.default.copyItem(at: try Self.sample.get(), to: copy)
        return copy
    }

    func run(_ arguments: [String], as user: String? = nil) throws -> CLIEndToEndTests.Run {
        let runner = CLIEndToEndTests(home: home)
        guard let user else { return try runner.newsq(arguments) }
        return try runner.newsq(
            ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", CLIEndToEndTests.binary.path] + arguments,
            binary: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    static func digest(_ url: URL) -> String {
        SHA256.hex((try? Data(contentsOf: url)) ?? Data())
    }

    static func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func everyReadCommandRefusesAnotherProgramsDatabaseAndLeavesItByteIdentical() throws {
        let folder = home.appendingPathComponent("theirs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let other = folder.appendingPathComponent("other.db")
        do {
            let db = try Connection(path: other.path, mode: .create)
            try db.execute("PRAGMA journal_mode = DELETE; CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        }
        let text = folder.appendingPathComponent("notes.txt")
        try Data("not a database at all\n".utf8).write(to: text)
        for file in [other, text] {
            let before = (Self.digest(file), Self.names(in: folder))
            for command in Self.readCommands {
                let result = try run(command + ["--db", file.path])
                #expect(result.status != 0, "\(command)")
                #expect(result.stderr.contains("is not a newsq database"), "\(command): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(command): \(result.stderr)")
                #expect(Self.digest(file) == before.0, "\(command) changed \(file.lastPathComponent)")
                #expect(Self.names(in: folder) == before.1, "\(command) left files beside it")
            }
        }
    }

    @Test func readCommandsWorkOnAReadOnlyFileInAReadOnlyFolder() throws {
        let database = try sampleCopy()
        let folder = database.deletingLastPathComponent()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let before = (Self.digest(database), Self.names(in: folder))
        // Root writes anywhere: the folder is only read-only to another user, so run as nobody.
        let user: String? = getuid() == 0 ? "65534" : nil
        for command in Self.readCommands {
            let result = try run(command + ["--db", database.path], as: user)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(command)")
        }
        let search = try run(["search", "--count", "mosul", "--db", database.path], as: user)
        #expect(search.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        #expect(Self.digest(database) == before.0)
        #expect(Self.names(in: folder) == before.1)
    }

    @Test func aReadCommandOnAnOlderSchemaSaysToMigrateAndMigrateUpgradesIt() throws {
        let folder = home.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("old.sqlite")
        do {
            let db = try Connection(path: database.path, mode: .create)
            try Migrator(migrations: Array(Migration.embedded.dropLast())).migrate(db)
        }
        let before = Self.digest(database)
        let search = try run(["search", "mosul", "--db", database.path])
        #expect(search.status != 0)
        #expect(search.stderr.contains("newsq migrate --db \(database.path)"), "\(search.stderr)")
        #expect(search.stderr.split(separator: "\n").count == 1)
        #expect(Self.digest(database) == before)
        let migrate = try run(["migrate", "--db", database.path])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        let again = try run(["search", "--count", "mosul", "--db", database.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
