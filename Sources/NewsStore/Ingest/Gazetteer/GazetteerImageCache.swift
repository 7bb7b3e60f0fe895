import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the image of the shipped gazetteer lives between runs: built once from the files compiled
/// into the binary (about a second), written to the user's cache folder, and mapped read-only by
/// every later process in a few milliseconds. A new or rebuilt binary (another size, time or
/// inode) makes a new image, so the image always matches the code that folds its keys; each binary
/// path keeps one file. When nothing can be cached (no home, a read-only disk) the image is built
/// in memory and the run goes on.
enum GazetteerImageCache {
    /// The shipped image, loaded or built once per process.
    static let shipped: Result<GazetteerImage, Error> = Result { try loadShipped() }

    /// Whether this binary's image is cached and current, read from its header alone (no
    /// validation of the tables): so a command can say it is about to build it.
    static func shippedIsCached(folder: URL? = folder()) -> Bool {
        isCached(folder: folder, identity: executableIdentity())
    }

    /// Whether the image of a program (`identity` as in `load`) is cached and current.
    static func isCached(folder: URL?, identity: (path: String, stamp: String)?) -> Bool {
        guard let identity, let folder else { return false }
        let file = folder.appendingPathComponent(
            "gazetteer-\(String(fnv1a(Array(identity.path.utf8)), radix: 16)).image")
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: GazetteerImage.headerSize),
            header.count == GazetteerImage.headerSize
        else { return false }
        let stored = header.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 40, as: UInt64.self) }
        return Array(header.prefix(8)) == GazetteerImage.magic && stored == fingerprint(identity)
    }

    private static func fingerprint(_ identity: (path: String, stamp: String)?) -> UInt64 {
        fnv1a(Array("\(GazetteerImage.formatVersion)\n\(identity?.stamp ?? "")".utf8))
    }

    /// The image from the cache when it is current, else built and cached.
    /// - Throws: `NewsStoreError` when the binary lacks its gazetteer files or they are malformed.
    static func loadShipped(folder: URL? = folder()) throws -> GazetteerImage {
        try load(folder: folder, identity: executableIdentity(), build: GazetteerImage.encodeShipped(fingerprint:))
    }

    /// The cached image of a program (`identity`: its path, and a stamp that changes with every
    /// build) when its fingerprint matches, else `build(fingerprint)`, cached.
    static func load(
        folder: URL?, identity: (path: String, stamp: String)?, build: (UInt64) throws -> [UInt8]
    ) throws -> GazetteerImage {
        let fingerprint = fingerprint(identity)
        let file = identity.flatMap { identity in
            folder?.appendingPathComponent("gazetteer-\(String(fnv1a(Array(identity.path.utf8)), radix: 16)).image")
        }
        if let file, let bytes = GazetteerImageBytes(mapping: file.path),
            let image = try? GazetteerImage(bytes), image.fingerprint == fingerprint
        {
            return image
        }
        let encoded = try build(fingerprint)
        if let file { store(encoded, at: file) }
        return try GazetteerImage(GazetteerImageBytes(copying: encoded))
    }

    /// `$XDG_CACHE_HOME/newsq`, else `~/.cache/newsq`.
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("newsq")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/newsq")
    }

    /// Writes the image under a temporary name and renames it into place, so a reader never
    /// maps a half-written file and two processes racing both leave a whole one. Best effort:
    /// a failure only means the next run builds the image again.
    private static func store(_ image: [UInt8], at file: URL) {
        let manager = FileManager.default
        let folder = file.deletingLastPathComponent()
        try? manager.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let partial = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).partial")
        guard manager.createFile(atPath: partial.path, contents: Data(image), attributes: [.posixPermissions: 0o600])
        else { return }
        if rename(partial.path, file.path) != 0 { try? manager.removeItem(at: partial) }
    }

    /// The running binary's path and a stamp that changes when it is rebuilt.
    private static func executableIdentity() -> (path: String, stamp: String)? {
        guard let path = Bundle.main.executablePath else { return nil }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        return (path, "\(path)\n\(status.st_size)\n\(status.st_ino)\n\(modified.tv_sec).\(modified.tv_nsec)")
    }

    /// 64-bit FNV-1a.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
