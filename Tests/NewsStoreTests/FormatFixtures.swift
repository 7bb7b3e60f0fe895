import Foundation

/// The sample inputs of each format in Fixtures/formats (written for these tests, shaped like
/// what news-please, trafilatura, newspaper, feeds and crawlers really write), and gzip.
enum FormatFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")

    /// A fixture's path.
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A fixture's bytes.
    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// `data` gzipped by the system's gzip (one member).
    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Write on another thread: a large input would fill the pipe while nobody reads.
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    /// A WARC file gzipped one member per record, as crawlers write `.warc.gz`.
    static func gzipPerRecord(_ warc: Data) throws -> Data {
        let bytes = [UInt8](warc)
        let marker = Array("WARC/1.".utf8)
        var starts: [Int] = []
        var index = 0
        while index + marker.count <= bytes.count {
            if (index == 0 || bytes[index - 1] == 0x0A) && Array(bytes[index..<index + marker.count]) == marker {
                starts.append(index)
            }
            index += 1
        }
        var output = Data()
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
            output.append(try gzip(Data(bytes[start..<end])))
        }
        return output
    }

    /// Copies fixtures into a new folder, returning it.
    static func folder(with names: [String]) throws -> URL {
        let target = try TestSupport.temporaryFolder()
        for name in names {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        return target
    }
}
