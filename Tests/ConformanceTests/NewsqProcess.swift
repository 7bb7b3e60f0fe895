import Foundation
import Testing

/// The `newsq` binary this package built, run as a user runs it: arguments, environment,
/// exit status, stdout and stderr.
struct NewsqProcess {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The executable beside the test bundle, else in .build/debug.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("newsq")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/newsq")
    }()

    /// Runs newsq with `arguments`; `environment` is added to a copy of this process's, without
    /// NEWSQ_DB and NEWSQ_DB_READ unless given.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> NewsqProcess {
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "newsq is not built")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["NEWSQ_DB"] = nil
        variables["NEWSQ_DB_READ"] = nil
        variables["XDG_DATA_HOME"] =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("newsq-conformance-home-\(UUID().uuidString)").path
        variables.merge(environment) { $1 }
        process.environment = variables
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return NewsqProcess(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
