import Foundation
import Testing

@testable import newsq

/// `newsq search` on a real terminal 80 columns wide (a pseudo-terminal made by `script`, whose
/// size is unset so newsq reads `COLUMNS`), on the sample data: every row shows its match.
@Suite(.serialized) struct TerminalWidthEndToEndTests {
    /// Words from all over the seed article: its title, early body, middle and last captions.
    static let queries = [
        "mosul", "al-Shourah", "townsend", "\"victory bell\"", "champagne", "beehive", "qayy*", "Wardak",
        "caliphate", "Peshmerga",
    ]

    /// Runs newsq on a pseudo-terminal; returns what the terminal got, escapes included.
    private func onTerminal(_ arguments: [String], columns: Int, noColor: Bool) throws -> (Int32, String) {
        let home = try CLIEndToEndTests.sampleHome.get()
        let quoted = ([CLIEndToEndTests.binary.path] + arguments).map {
            "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // stderr (notes such as "showing hits …") stays off the terminal.
        process.arguments = ["-qec", quoted.joined(separator: " ") + " 2>/dev/null", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        environment["COLUMNS"] = String(columns)
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = noColor ? "1" : nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return (process.terminationStatus, text.replacingOccurrences(of: "\r", with: ""))
    }

    /// The text without ANSI escapes.
    private func visible(_ line: String) -> String {
        line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func atEightyColumnsEverySearchRowShowsItsMatchInBoldThatIsClosed() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script (util-linux)")
        for query in Self.queries {
            let (status, output) = try onTerminal(["search", query], columns: 80, noColor: false)
            #expect(status == 0, "\(query): \(output)")
            let lines = output.split(separator: "\n").map(String.init)
            try #require(lines.count >= 3, "\(query): \(output)")
            #expect(!visible(lines[0]).contains("Score"), "\(query): \(lines[0])")
            for line in lines {
                #expect(DisplayWidth.of(visible(line)) <= 80, "\(query): \(line)")
            }
            for row in lines.dropFirst(2) {
                let opened = row.components(separatedBy: "\u{1B}[1m").count - 1
                let closed = row.components(separatedBy: "\u{1B}[22m").count - 1
                #expect(opened >= 1 && opened == closed, "\(query): \(row)")
                #expect(visible(row).contains("2016-10-17  "), "\(query): \(row)")
            }
        }
    }

    @Test func withNoColorTheMatchIsStarredInEveryRow() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script (util-linux)")
        for query in Self.queries {
            let (_, output) = try onTerminal(["search", query], columns: 80, noColor: true)
            let rows = output.split(separator: "\n").dropFirst(2)
            #expect(!rows.isEmpty, "\(query): \(output)")
            for row in rows {
                #expect(row.range(of: #"\*\*[^*]+\*\*"#, options: .regularExpression) != nil, "\(query): \(row)")
                #expect(!row.contains("\u{1B}"), "\(query): \(row)")
            }
        }
    }
}
