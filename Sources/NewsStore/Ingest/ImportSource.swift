import Foundation

/// Turns the paths a user gives `newsq import` into inputs, lazily: files as given, folders
/// walked for article files (`InputFormat.folderExtensions`, each also gzipped) one folder
/// listing at a time (never the whole tree in memory), "-"
/// for standard input. A folder's files come out in the order of their sorted paths, the same
/// order a full listing sorted at once would give.
struct ImportSource: Sequence {
    /// One input to read, or a path that cannot be read at all.
    enum Input: Equatable {
        case file(String)
        case standardInput
        /// A missing path or unlistable folder: a failure, not a silent skip.
        case failure(ImportSummary.Failure)
        /// A file in a walked folder that is not an article file (its path): counted, not read.
        case skipped(String)
    }

    let paths: [String]

    func makeIterator() -> Iterator { Iterator(paths: paths[...]) }

    /// Every input at once (tests and small imports).
    static func expand(_ paths: [String]) -> (inputs: [Input], failures: [ImportSummary.Failure]) {
        var inputs: [Input] = []
        var failures: [ImportSummary.Failure] = []
        for input in ImportSource(paths: paths) {
            switch input {
            case .failure(let failure): failures.append(failure)
            case .skipped: continue
            default: inputs.append(input)
            }
        }
        return (inputs, failures)
    }

    /// Walks the paths in order; inside a folder, a depth-first walk over sorted listings.
    struct Iterator: IteratorProtocol {
        var paths: ArraySlice<String>
        /// The folders being walked: each one's remaining sorted entries, deepest last.
        private var stack: [FolderListing] = []

        init(paths: ArraySlice<String>) { self.paths = paths }

        mutating func next() -> Input? {
            while true {
                if let input = nextInFolders() { return input }
                guard let path = paths.popFirst() else { return nil }
                if path == "-" { return .standardInput }
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                    return .failure(.init(origin: path, reason: "no such file or folder"))
                }
                guard isFolder.boolValue else { return .file(path) }
                guard let listing = FolderListing(path: path.hasSuffix("/") ? String(path.dropLast()) : path) else {
                    return .failure(.init(origin: path, reason: "cannot list the folder"))
                }
                stack.append(listing)
            }
        }

        /// The next article file inside the folders being walked; nil when they are done.
        private mutating func nextInFolders() -> Input? {
            while let top = stack.indices.last {
                guard let entry = stack[top].entries.popFirst() else {
                    stack.removeLast()
                    continue
                }
                let path = stack[top].path + "/" + entry.name
                if entry.isFolder {
                    // An unlistable subfolder is skipped, as a full walk would have skipped it.
                    if let listing = FolderListing(path: path) { stack.append(listing) }
                } else if !entry.isArticle {
                    return .skipped(path)
                } else {
                    return .file(path)
                }
            }
            return nil
        }
    }
}

/// One folder's entries worth walking, sorted so that the walk gives paths in sorted order: a
/// subfolder sorts as its name plus "/", the prefix every path under it shares.
private struct FolderListing {
    struct Entry {
        let name: String
        let isFolder: Bool
        var isArticle = true
        var sortKey: String { isFolder ? name + "/" : name }
    }

    let path: String
    var entries: ArraySlice<Entry>

    /// Lists `path`: visible subfolders (symbolic links to folders are not followed, so a link
    /// cycle cannot loop) and visible regular files, those without an article extension marked
    /// to be counted as skipped; nil when the folder cannot be read.
    init?(path: String) {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: path) else { return nil }
        var entries: [Entry] = []
        for name in names where !name.hasPrefix(".") {
            let full = path + "/" + name
            guard let type = (try? files.attributesOfItem(atPath: full))?[.type] as? FileAttributeType else {
                continue
            }
            if type == .typeDirectory {
                entries.append(Entry(name: name, isFolder: true))
                continue
            }
            let isArticle = InputFormat.isImportable(name: name)
            if type == .typeRegular {
                entries.append(Entry(name: name, isFolder: false, isArticle: isArticle))
            } else if type == .typeSymbolicLink {
                var isFolder: ObjCBool = false
                if files.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                    entries.append(Entry(name: name, isFolder: false, isArticle: isArticle))
                }
            }
        }
        self.path = path
        self.entries = entries.sorted { $0.sortKey < $1.sortKey }[...]
    }
}

extension ImportSource {
    /// How many inputs the walk gives (files and standard input), without reading them.
    func countFiles() -> Int {
        reduce(0) { count, input in
            switch input {
            case .file, .standardInput: return count + 1
            case .failure, .skipped: return count
            }
        }
    }
}
