import Foundation
import Testing

@testable import NewsStore

/// Paths and temporary files shared by the tests.
enum TestSupport {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package: the third-party development corpus, absent on a fresh clone.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// True when `../shared` is there, for `.enabled(if:)`.
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    /// The seed article as committed in SampleData/.
    static var seedURL: URL {
        packageRoot.appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt")
    }

    /// One folder per test process holding every test's files, removed when the process exits:
    /// the suite makes hundreds of databases a run, and left behind they filled tens of GB.
    private static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsq-tests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: TestSupport.temporaryRoot) }
        return root
    }()

    /// The bytes of a gzipped file (the corpus pages are .html.gz), through the system's gzip.
    static func gunzip(_ url: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// A fresh folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension NewsStore {
    /// The SQLite engine underneath, for tests that look at the database itself.
    var sqliteStorage: SQLiteStorage {
        get throws { try #require(storage as? SQLiteStorage) }
    }
}
