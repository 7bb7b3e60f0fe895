import CZlib
import Foundation

/// Inflates gzip data as it arrives, chunk by chunk, across as many members as the data holds
/// (a `.warc.gz` is one member per record). The only file that imports CZlib.
///
/// Bounded: a member that inflates past `memberLimit` bytes is refused, so a small "zip bomb"
/// cannot fill the memory. Not `Sendable`: it owns a zlib stream, used from one thread.
final class GzipInflater {
    /// Largest inflated member accepted by default.
    static let defaultMemberLimit = 256 << 20

    /// True when `bytes` start with the gzip magic number (1f 8b).
    static func isGzip<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1f && iterator.next() == 0x8b
    }

    /// Inflates a whole gzip file in memory.
    /// - Throws: `NewsStoreError.unreadableInput` when the data is corrupt, truncated or too large.
    static func decompress(_ data: Data, origin: String, limit: Int = defaultMemberLimit) throws -> Data {
        let inflater = try GzipInflater(origin: origin, memberLimit: limit)
        var output = try inflater.inflate(data)
        output.append(try inflater.finish())
        return output
    }

    private let origin: String
    private let memberLimit: Int
    // zlib keeps a pointer back to its stream, so the stream needs an address that never moves.
    private let stream: UnsafeMutablePointer<z_stream>
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    /// Bytes inflated from the member being read.
    private var memberBytes = 0
    /// True while a member has started and not reached its end.
    private var inMember = false

    /// An inflater for the input named `origin` (used in error messages).
    /// - Throws: `NewsStoreError.unreadableInput` when zlib cannot start.
    init(origin: String, memberLimit: Int = defaultMemberLimit) throws {
        self.origin = origin
        self.memberLimit = memberLimit
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard newsq_inflate_init_gzip(stream) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw NewsStoreError.unreadableInput(path: origin, reason: "cannot start gzip decompression")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates the next chunk of compressed input.
    /// - Throws: `NewsStoreError.unreadableInput` when the data is corrupt or a member too large.
    func inflate(_ input: Data) throws -> Data {
        var output = Data()
        try input.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                if !inMember {
                    // Between members: padding of zero bytes may follow the last one; anything
                    // else must be the next member.
                    let rest = UnsafeBufferPointer(start: base + offset, count: raw.count - offset)
                    if rest.allSatisfy({ $0 == 0 }) { return }
                    guard rest[0] == 0x1f else { throw corrupt("data after the end of the gzip stream") }
                    inMember = true
                    memberBytes = 0
                }
                stream.pointee.next_in = UnsafeMutablePointer(mutating: base + offset)
                stream.pointee.avail_in = UInt32(raw.count - offset)
                let ended = try inflateAvailable(into: &output)
                offset = raw.count - Int(stream.pointee.avail_in)
                if ended {
                    inMember = false
                    guard inflateReset(stream) == Z_OK else { throw corrupt("cannot restart after a gzip member") }
                }
            }
        }
        return output
    }

    /// Checks that the input did not stop inside a member; returns nothing more to append
    /// (kept as a value so callers can treat the end like any chunk).
    /// - Throws: `NewsStoreError.unreadableInput` when the data is truncated.
    func finish() throws -> Data {
        if inMember { throw corrupt("the gzip data is truncated") }
        return Data()
    }

    /// Runs zlib over the input it holds; true when the member ended.
    private func inflateAvailable(into output: inout Data) throws -> Bool {
        while true {
            let code = buffer.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(out.count)
                return CZlib.inflate(stream, Z_NO_FLUSH)
            }
            let produced = buffer.count - Int(stream.pointee.avail_out)
            memberBytes += produced
            if memberBytes > memberLimit {
                throw NewsStoreError.unreadableInput(
                    path: origin,
                    reason: "gzip data inflates past \(memberLimit >> 20) MB; refused (decompress it yourself if "
                        + "it is really an article collection that large)")
            }
            output.append(contentsOf: buffer[0..<produced])
            switch code {
            case Z_STREAM_END:
                return true
            case Z_OK:
                if stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 { return false }
            case Z_BUF_ERROR:
                return false  // needs more input
            default:
                throw corrupt("corrupt gzip data (zlib code \(code))")
            }
        }
    }

    private func corrupt(_ reason: String) -> NewsStoreError {
        .unreadableInput(path: origin, reason: reason)
    }
}
