import Foundation

/// Reads the compactor's inputs from disk.
enum SourceFiles {
    /// The bytes of a file.
    /// - Throws: `CompactorError.unreadableInput` when it cannot be read.
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CompactorError.unreadableInput(path: path, reason: "cannot read the file; check the path")
        }
        return data
    }

    /// The plain-text cities dump in `folder`: cities500.txt if present, else cities500.txt.gz
    /// unpacked with `gzip -dc` (Foundation cannot gunzip on Linux).
    /// - Returns: the path read (for error messages) and the dump's bytes.
    /// - Throws: `CompactorError.unreadableInput` when neither file is there or gzip fails.
    static func readCities(inFolder folder: String) throws -> (path: String, data: Data) {
        let plain = folder + "/cities500.txt"
        if FileManager.default.fileExists(atPath: plain) { return (plain, try read(plain)) }
        let packed = plain + ".gz"
        guard FileManager.default.fileExists(atPath: packed) else {
            throw CompactorError.unreadableInput(
                path: folder, reason: "found neither cities500.txt nor cities500.txt.gz")
        }
        return (packed, try gunzip(packed))
    }

    private static func gunzip(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw CompactorError.unreadableInput(path: path, reason: "cannot run gzip: \(error)")
        }
        // Read to the end before waiting: a full pipe would block gzip forever.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CompactorError.unreadableInput(
                path: path, reason: "gzip -dc exited with status \(process.terminationStatus)")
        }
        return data
    }
}
