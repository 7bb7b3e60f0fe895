import Foundation
import NewsStore

/// Prints a drawing: SVG as text, PNG through `rsvg-convert` (Debian's `librsvg2-bin`) when
/// it is installed. newsq draws SVG itself; only the rasterising is left to that tool.
enum Picture {
    /// Writes `svg` to stdout as SVG, or as PNG for `.png`.
    /// - Throws: `NewsStoreError.invalidArgument` when PNG is asked for and cannot be made, or
    ///   would be written to a terminal.
    static func print(_ svg: String, as format: OutputFormat) throws {
        guard format == .png else {
            Console.out(svg)
            return
        }
        guard !Terminal.isStandardOutputTerminal else {
            throw NewsStoreError.invalidArgument(
                name: "--format", value: "png", reason: "a PNG is binary: redirect it to a file (> map.png)")
        }
        FileHandle.standardOutput.write(try png(from: svg))
    }

    /// The PNG `rsvg-convert` makes of `svg`.
    /// - Throws: `NewsStoreError.invalidArgument` naming the missing package or the tool's failure.
    static func png(from svg: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> Data
    {
        guard let tool = executable(named: "rsvg-convert", environment: environment) else {
            throw NewsStoreError.invalidArgument(
                name: "--format", value: "png",
                reason: "PNG needs rsvg-convert: install the Debian package librsvg2-bin, or use --format svg")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--format", "png", "--background-color", "white"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Write on another thread: the tool may fill its output pipe before it has read all input.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(svg.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let png = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else {
            throw NewsStoreError.invalidArgument(
                name: "--format", value: "png",
                reason: "rsvg-convert failed (exit \(process.terminationStatus)); --format svg gives the drawing itself"
            )
        }
        return png
    }

    /// The first executable file called `name` on `PATH`.
    static func executable(named name: String, environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
