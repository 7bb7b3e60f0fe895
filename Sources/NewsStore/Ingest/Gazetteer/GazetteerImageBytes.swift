import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The memory a `GazetteerImage` reads: a private read-only mapping of a cached image file (pages
/// shared with every other process reading it, loaded only as touched) or a buffer holding an image
/// just built. Released when the last image using it goes.
///
/// Sendable proof: `buffer` is written only inside `init(copying:)`, before the object is shared;
/// a mapping is PROT_READ.
final class GazetteerImageBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// A copy of `bytes` in memory.
    init(copying bytes: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        self.buffer = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<bytes.count])
        isMapped = false
    }

    /// The file at `path`, mapped read-only; nil when it cannot be opened or mapped.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let length = Int(status.st_size)
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        buffer = UnsafeRawBufferPointer(start: address, count: length)
        isMapped = true
    }

    deinit {
        guard let address = buffer.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: address), buffer.count)
        } else {
            address.deallocate()
        }
    }
}
