import Foundation

/// Turns the paths a user gives `newsq import` into inputs: files as given, folders walked
/// recursively for article files, "-" for standard input.
struct ImportSource {
    /// Extensions picked up when walking a folder (a file named explicitly is always read).
    static let articleExtensions: Set<String> = ["txt", "text", "html", "htm"]

    /// One input to read.
    enum Input: Equatable {
        case file(String)
        case standardInput
    }

    /// Expands `paths` in order; a missing path becomes a failure, not a silent skip.
    static func expand(_ paths: [String]) -> (inputs: [Input], failures: [ImportSummary.Failure]) {
        var inputs: [Input] = []
        var failures: [ImportSummary.Failure] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                failures.append(.init(origin: path, reason: "no such file or folder"))
                continue
            }
            guard isFolder.boolValue else {
                inputs.append(.file(path))
                continue
            }
            let root = URL(fileURLWithPath: path)
            guard
                let walker = files.enumerator(
                    at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else {
                failures.append(.init(origin: path, reason: "cannot list the folder"))
                continue
            }
            var found: [String] = []
            for case let url as URL in walker where articleExtensions.contains(url.pathExtension.lowercased()) {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    found.append(
                        path.hasSuffix("/") ? path + relative(url, to: root) : path + "/" + relative(url, to: root))
                }
            }
            inputs.append(contentsOf: found.sorted().map(Input.file))
        }
        return (inputs, failures)
    }

    private static func relative(_ url: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }
}
