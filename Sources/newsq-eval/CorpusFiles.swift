import Foundation

/// Reads the development corpus from disk: gzipped pages, JSON answers, plain texts.
enum CorpusFiles {
    /// Why a corpus file could not be used, in words a maintainer can act on.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The bytes of a file.
    /// - Throws: `Failure` naming the path.
    static func read(_ url: URL) throws -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(description: "cannot read \(url.path); is --corpus the shared corpus folder?")
        }
        return data
    }

    /// The bytes of a gzipped file, unpacked with `gzip -dc` (Foundation cannot gunzip on Linux).
    /// - Throws: `Failure` when gzip cannot run or fails.
    static func gunzip(_ url: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run gzip for \(url.path): \(error)")
        }
        // Read to the end before waiting: a full pipe would block gzip forever.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "gzip -dc \(url.path) exited with status \(process.terminationStatus)")
        }
        return data
    }

    /// A JSON object file.
    /// - Throws: `Failure` when the file is not a JSON object.
    static func object(_ url: URL) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: try read(url)) as? [String: Any] else {
            throw Failure(description: "\(url.path) is not a JSON object")
        }
        return object
    }

    /// The names of the files in `folder` ending with `suffix`, sorted, without the suffix.
    /// - Throws: `Failure` when the folder cannot be listed.
    static func names(in folder: URL, suffix: String) throws -> [String] {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw Failure(description: "cannot list \(folder.path); is --corpus the shared corpus folder?")
        }
        return files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
    }
}
