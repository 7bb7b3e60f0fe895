import Foundation
import Testing

@testable import NewsStore

/// One `newsq import` of every kind of bad input beside good articles: each bad one gives one
/// line on stderr naming it and nothing of it is stored, the good ones are imported, nothing
/// hangs (a FIFO), memory stays bounded (a 50 MB file), and the database passes `newsq check`.
@Suite(.serialized) struct BadInputTests {
    /// One input of the run: its file name, and whether newsq stores it as an article.
    struct Kind {
        let name: String
        let imported: Bool
    }

    let home: URL
    init() throws { home = try CLIEndToEndTests.freshHome() }

    /// Writes every kind into `folder` and returns them; a kind that cannot be made here (an
    /// unreadable file when running as root, who reads everything) is left out.
    static func makeInputs(in folder: URL) throws -> [Kind] {
        var kinds: [Kind] = []
        func write(_ name: String, _ data: Data, imported: Bool) throws {
            try data.write(to: folder.appendingPathComponent(name))
            kinds.append(Kind(name: name, imported: imported))
        }
        let article = "Officials in Mosul said on Tuesday that the roads to Erbil would reopen next week."
        try write("empty.txt", Data(), imported: false)
        try write("whitespace.txt", Data("  \n\t\n   \n".utf8), imported: false)
        var random = SystemRandomNumberGenerator()
        try write(
            "binary.txt", Data((0..<4_096).map { _ in UInt8.random(in: 0...255, using: &random) }), imported: false)
        try write("nul.txt", Data("A title\n\nA body \u{0} with a NUL in Mosul.\n".utf8), imported: false)
        try write(
            "invalid-utf8.txt", Data("Title ".utf8) + Data([0xFF, 0xFE, 0xC3, 0x28]) + Data("\n\n\(article)\n".utf8),
            imported: false)
        let utf16 = "\u{FEFF}A UTF-16 report from Mosul\n\nBy Jane Doe, Reuters\n\n\(article)\n"
        try write("utf16-bom.txt", utf16.data(using: .utf16LittleEndian) ?? Data(), imported: false)
        // 50 MB of text: refused by size before it is read into a string, memory bounded.
        let paragraph = String(repeating: "Residents of Mosul waited for word of the talks. ", count: 20) + "\n\n"
        var big = Data("A very long report\n\n".utf8)
        let chunk = Data(paragraph.utf8)
        while big.count < 50 * 1_024 * 1_024 { big.append(chunk) }
        try write("big.txt", big, imported: false)
        let deep =
            "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep page about Mosul. \(article)</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        try write("deep.html", Data(deep.utf8), imported: true)
        try write(
            "truncated.html",
            Data(
                "<html><head><title>Truncated page about Mosul</title></head><body><article><p>\(article) The ro".utf8),
            imported: true)
        try write(
            "absurd-dates.txt",
            Data(
                "Absurd dates report\n\nBy Jane Doe, Reuters\n\nUpdated 9:00 AM ET, Tue October 45, 0000\n\n"
                    .utf8)
                + Data("On 2016-13-45, in the year 0 and on February 30, 2016, officials met in Mosul.\n".utf8),
            imported: true)
        try write("published-2016-13-45.txt", Data("Published 2016-13-45\n\n\(article)\n".utf8), imported: true)
        try write(
            "good report.txt", Data("Good report from Baghdad\n\nBy John Roe, Reuters\n\n\(article)\n".utf8),
            imported: true)
        try write(
            "good\nline break.txt", Data("Second good report from Erbil\n\nBy John Roe, Reuters\n\n\(article)\n".utf8),
            imported: true)
        try write("bad\nline break.txt", Data(), imported: false)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("empty folder"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("fifo.txt").path, 0o600) == 0)
        kinds.append(Kind(name: "fifo.txt", imported: false))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/article.txt")
        kinds.append(Kind(name: "dangling.txt", imported: false))
        if getuid() != 0 {
            try write("unreadable.txt", Data("Unreadable\n\n\(article)\n".utf8), imported: false)
            try FileManager.default.setAttributes(
                [.posixPermissions: 0], ofItemAtPath: folder.appendingPathComponent("unreadable.txt").path)
        }
        return kinds
    }

    /// Runs newsq under `/usr/bin/time -v`, killing it after `limit` so a hang fails the test
    /// instead of stalling the suite. Returns the exit status, stdout, stderr and peak RSS in KiB.
    func runTimed(_ arguments: [String], limit: TimeInterval = 300) throws -> (
        status: Int32, stdout: String, stderr: String, peakKiB: Int?, hung: Bool
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-v", CLIEndToEndTests.binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        let reader = DispatchQueue(label: "stdout")
        nonisolated(unsafe) var stdout = Data()
        let group = DispatchGroup()
        reader.async(group: group) { stdout = out.fileHandleForReading.readDataToEndOfFile() }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        var hung = false
        while process.isRunning {
            if Date() > deadline {
                hung = true
                kill(process.processIdentifier, SIGKILL)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        group.wait()
        let text = String(decoding: stderr, as: UTF8.self)
        let peak = text.split(separator: "\n").first { $0.contains("Maximum resident set size") }
            .flatMap { Int($0.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") }
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), text, peak, hung)
    }

    @Test func everyKindOfBadInputFailsAloneInOneLineAndTheGoodOnesAreImported() throws {
        let folder = home.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let kinds = try Self.makeInputs(in: folder)
        let database = home.appendingPathComponent("news.sqlite")
        do {
            let store = try NewsStore(path: database.path, access: .create)
            try store.storage.prepareGazetteer()
        }
        let paths =
            kinds.map { folder.appendingPathComponent($0.name).path } + [
                folder.appendingPathComponent("empty folder").path
            ]
        let run = try runTimed(["import", "--db", database.path] + paths)
        #expect(!run.hung, "the import hung")
        #expect(run.status == 1, "\(run.stderr)")
        let notes = run.stderr.split(separator: "\n").filter { $0.hasPrefix("newsq: ") }.map(String.init)
        let db = try Connection(path: database.path, mode: .readOnly)
        let origins = Set(try db.query("SELECT imported_from FROM article") { try $0.text("imported_from") })
        for kind in kinds {
            let path = folder.appendingPathComponent(kind.name).path
            let shown = path.replacingOccurrences(of: "\n", with: "\\n")
            let lines = notes.filter { $0.hasPrefix("newsq: \(shown): ") }
            if kind.imported {
                #expect(lines.isEmpty, "\(kind.name): \(lines)")
                #expect(origins.contains(path), "\(kind.name) was not imported")
            } else {
                #expect(lines.count == 1, "\(kind.name): expected one line naming it in \(notes)")
                #expect(!origins.contains(path), "\(kind.name) left an article")
            }
        }
        #expect(origins.count == kinds.filter(\.imported).count)
        let absurd = try db.queryFirst(
            "SELECT published_at FROM article WHERE imported_from = ?",
            [folder.appendingPathComponent("absurd-dates.txt").path]
        ) { try $0.optionalText("published_at") }
        #expect(absurd == .some(nil), "a day that does not exist became \(String(describing: absurd))")
        let check = try CLIEndToEndTests(home: home).newsq(["check", "--db", database.path])
        #expect(check.status == 0, "\(check.stdout)")
        let peak = try #require(run.peakKiB)
        #expect(peak < 1_024 * 1_024, "peak RSS \(peak) KiB")
        print(
            "bad input: \(kinds.count + 1) kinds in one import (\(kinds.filter { !$0.imported }.count) refused, "
                + "\(origins.count) imported); peak RSS \(peak / 1_024) MiB with a 50 MB file among them")
    }
}
