import Foundation

/// A `newsq serve --port 0` process on the test's home, with the port it chose (read from its
/// first stderr line); `stop()` ends it with SIGTERM.
final class RunningServer {
    let process = Process()
    let port: Int

    /// One HTTP answer.
    struct Answer {
        var status: Int
        var body: String
    }

    init(home: URL) throws {
        process.executableURL = CLIEndToEndTests.binary
        process.arguments = ["serve", "--port", "0"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["NEWSQ_DB"] = nil
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("\n") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        let first = said.split(separator: "\n").first.map(String.init) ?? ""
        guard let range = first.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression),
            let port = Int(first[range].split(separator: ":")[1])
        else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve said: \(said)"])
        }
        self.port = port
    }

    /// GET `path` with curl (status and body).
    func get(_ path: String) throws -> Answer {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s", "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)"]
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.lastIndex(of: "\n") else { return Answer(status: 0, body: text) }
        return Answer(status: Int(text[text.index(after: split)...]) ?? 0, body: String(text[..<split]))
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
