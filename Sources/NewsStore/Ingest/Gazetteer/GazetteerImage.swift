import Foundation

/// The places of a gazetteer as one flat, read-only byte image: fixed-size entry records, a key
/// table sorted by UTF-8 bytes (binary search, no hashing), posting lists, a variant table and a
/// string pool. Opening one costs a bounds check of its tables, not the seconds that parsing and
/// folding 235k GeoNames rows into dictionaries take, so every process (an import of one article,
/// `newsq extract`) reuses the image a previous one cached (see `GazetteerImageCache`).
///
/// Layout (little-endian; `GazetteerImage+Encoding.swift` writes it):
/// header (64 bytes) · entries (64 bytes each) · keys (16 each, sorted) · postings (u32, padded
/// to 8) · variants (16 each, sorted) · variant keys (u32, padded to 8) · each entry's names
/// (start, count: 8 each) · name references (8 each) · (GeoNames id, entry) pairs sorted by id
/// (8 each) · strings.
///
/// Sendable proof: the bytes are never written after `init` validated them (an anonymous
/// allocation or a private read-only mapping owned by `storage`), and every member is a `let`.
final class GazetteerImage: @unchecked Sendable {
    static let magic: [UInt8] = Array("NEWSQGZ1".utf8)
    /// Bumped whenever the layout changes; an image of another version is rebuilt.
    static let formatVersion: UInt32 = 2
    static let headerSize = 64
    static let entrySize = 64
    static let keySize = 16

    /// Why an image was refused; the caller rebuilds it.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    private let storage: GazetteerImageBytes
    private let bytes: UnsafeRawBufferPointer
    /// What the image was built from (see `GazetteerImageCache.fingerprint`).
    let fingerprint: UInt64
    /// Number of entries (places and countries).
    let count: Int
    private let keyCount: Int
    private let variantCount: Int
    private let keysOffset: Int
    private let postingsOffset: Int
    private let variantsOffset: Int
    private let variantKeysOffset: Int
    private let entryNamesOffset: Int
    private let nameRefsOffset: Int
    private let geonamesOffset: Int
    private let geonamesCount: Int
    private let stringsOffset: Int

    /// Checks the header and that every reference stays inside the image, so later reads need
    /// no checks.
    /// - Throws: `Invalid` for a truncated, foreign or inconsistent image.
    init(_ storage: GazetteerImageBytes) throws {
        self.storage = storage
        let bytes = storage.buffer
        self.bytes = bytes
        guard bytes.count >= Self.headerSize, Array(bytes[0..<8]) == Self.magic else {
            throw Invalid(description: "not a newsq gazetteer image")
        }
        let header = { (offset: Int) in Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        guard UInt32(header(8)) == Self.formatVersion else { throw Invalid(description: "another image version") }
        count = header(12)
        keyCount = header(16)
        variantCount = header(20)
        let postingCount = header(24)
        let variantKeyCount = header(28)
        let stringsLength = header(32)
        let nameRefCount = header(36)
        fingerprint = bytes.loadUnaligned(fromByteOffset: 40, as: UInt64.self)
        geonamesCount = header(56)
        keysOffset = Self.headerSize + count * Self.entrySize
        postingsOffset = keysOffset + keyCount * Self.keySize
        variantsOffset = postingsOffset + Self.padded(postingCount * 4)
        variantKeysOffset = variantsOffset + variantCount * Self.keySize
        entryNamesOffset = variantKeysOffset + Self.padded(variantKeyCount * 4)
        nameRefsOffset = entryNamesOffset + count * 8
        geonamesOffset = nameRefsOffset + nameRefCount * 8
        stringsOffset = geonamesOffset + geonamesCount * 8
        guard stringsOffset + stringsLength == bytes.count else {
            throw Invalid(description: "truncated or inconsistent image")
        }
        try validate(
            postingCount: postingCount, variantKeyCount: variantKeyCount, nameRefCount: nameRefCount,
            stringsLength: stringsLength)
    }

    static func padded(_ length: Int) -> Int { (length + 7) & ~7 }

    private func validate(postingCount: Int, variantKeyCount: Int, nameRefCount: Int, stringsLength: Int) throws {
        func inStrings(_ record: Int, _ field: Int) -> Bool {
            let offset = u32(record + field)
            let length = u32(record + field + 4)
            return offset <= stringsLength && length <= stringsLength - offset
        }
        for index in 0..<count {
            let record = Self.headerSize + index * Self.entrySize
            guard inStrings(record, 0), inStrings(record, 8), inStrings(record, 16), inStrings(record, 24) else {
                throw Invalid(description: "entry \(index) points outside the image")
            }
        }
        for (table, rows, limit, listLimit) in [
            (keysOffset, keyCount, postingCount, count), (variantsOffset, variantCount, variantKeyCount, keyCount),
        ] {
            for index in 0..<rows {
                let record = table + index * Self.keySize
                let start = u32(record + 8)
                guard inStrings(record, 0), start <= limit, u32(record + 12) <= limit - start else {
                    throw Invalid(description: "table row \(index) points outside the image")
                }
            }
            let lists = table == keysOffset ? postingsOffset : variantKeysOffset
            for index in 0..<limit where u32(lists + index * 4) >= listLimit {
                throw Invalid(description: "list item \(index) points outside the image")
            }
        }
        for index in 0..<count {
            let start = u32(entryNamesOffset + index * 8)
            guard start <= nameRefCount, u32(entryNamesOffset + index * 8 + 4) <= nameRefCount - start else {
                throw Invalid(description: "the names of entry \(index) lie outside the image")
            }
        }
        for index in 0..<nameRefCount where !inStrings(nameRefsOffset + index * 8, 0) {
            throw Invalid(description: "name \(index) points outside the image")
        }
        for index in 0..<geonamesCount where u32(geonamesOffset + index * 8 + 4) >= count {
            throw Invalid(description: "GeoNames row \(index) points outside the image")
        }
    }

    // MARK: Look-ups

    /// The entry at `position` (0..<count).
    func entry(at position: Int) -> GazetteerEntry {
        let record = Self.headerSize + position * Self.entrySize
        let flags = u32(record + 32)
        return GazetteerEntry(
            name: string(record), kind: PlaceKind(string(record + 16)),
            countryCode: flags & Flag.country != 0 ? string(record + 24) : nil,
            admin1: flags & Flag.admin1 != 0 ? string(record + 8) : nil,
            latitude: flags & Flag.coordinates != 0 ? double(record + 48) : nil,
            longitude: flags & Flag.coordinates != 0 ? double(record + 56) : nil,
            population: flags & Flag.population != 0
                ? Int(bytes.loadUnaligned(fromByteOffset: record + 40, as: Int64.self)) : nil,
            geonamesID: flags & Flag.geonamesID != 0 ? u32(record + 36) : nil)
    }

    /// GeoNames id of the entry at `position`, without making the entry.
    func geonamesID(at position: Int) -> Int? {
        let record = Self.headerSize + position * Self.entrySize
        return u32(record + 32) & Flag.geonamesID != 0 ? u32(record + 36) : nil
    }

    /// Every name of the entry at `position` as the gazetteer spells it, one per folded key.
    func names(at position: Int) -> [String] {
        let start = u32(entryNamesOffset + position * 8)
        return (0..<u32(entryNamesOffset + position * 8 + 4)).map { string(nameRefsOffset + (start + $0) * 8) }
    }

    /// The position of the entry with a GeoNames id.
    func position(geonamesID id: Int) -> Int? {
        var low = 0
        var high = geonamesCount
        while low < high {
            let middle = (low + high) / 2
            let found = u32(geonamesOffset + middle * 8)
            if found == id { return u32(geonamesOffset + middle * 8 + 4) }
            if found < id { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Entry positions filed under a folded key, ascending.
    func positions(forKey key: String) -> [Int] {
        guard let row = find(key, in: keysOffset, rows: keyCount) else { return [] }
        return list(at: postingsOffset, row: keysOffset + row * Self.keySize)
    }

    /// Entry positions under a variant skeleton, ascending and each once.
    func positions(forVariant variant: String) -> [Int] {
        guard let row = find(variant, in: variantsOffset, rows: variantCount) else { return [] }
        var all: [Int] = []
        for keyRow in list(at: variantKeysOffset, row: variantsOffset + row * Self.keySize) {
            all += list(at: postingsOffset, row: keysOffset + keyRow * Self.keySize)
        }
        all.sort()
        var unique: [Int] = []
        for position in all where unique.last != position { unique.append(position) }
        return unique
    }

    /// Every key with its positions, in byte order (for tests and tools).
    func forEachKey(_ body: (String, [Int]) -> Void) {
        for row in 0..<keyCount {
            let record = keysOffset + row * Self.keySize
            body(string(record), list(at: postingsOffset, row: record))
        }
    }

    /// Every variant skeleton with the keys filed under it, in byte order.
    func forEachVariant(_ body: (String, [String]) -> Void) {
        for row in 0..<variantCount {
            let record = variantsOffset + row * Self.keySize
            body(
                string(record), list(at: variantKeysOffset, row: record).map { string(keysOffset + $0 * Self.keySize) })
        }
    }

    // MARK: Reading the bytes

    enum Flag {
        static let country: Int = 1
        static let admin1: Int = 2
        static let coordinates: Int = 4
        static let population: Int = 8
        static let geonamesID: Int = 16
    }

    private func u32(_ offset: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }

    private func double(_ offset: Int) -> Double {
        Double(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The string a (offset, length) pair at `field` refers to.
    private func string(_ field: Int) -> String {
        String(decoding: stringBytes(field), as: UTF8.self)
    }

    private func stringBytes(_ field: Int) -> UnsafeRawBufferPointer {
        let start = stringsOffset + u32(field)
        return UnsafeRawBufferPointer(rebasing: bytes[start..<start + u32(field + 4)])
    }

    /// The u32 list a table row's (start, count) pair names, in the list section at `lists`.
    private func list(at lists: Int, row: Int) -> [Int] {
        let start = u32(row + 8)
        return (0..<u32(row + 12)).map { u32(lists + (start + $0) * 4) }
    }

    /// Binary search of a table sorted by the bytes of its first field.
    private func find(_ key: String, in table: Int, rows: Int) -> Int? {
        var key = key
        return key.withUTF8 { wanted -> Int? in
            var low = 0
            var high = rows
            while low < high {
                let middle = (low + high) / 2
                let order = Self.compare(stringBytes(table + middle * Self.keySize), UnsafeRawBufferPointer(wanted))
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Byte order, shorter first on a common prefix: the order the encoder sorts by.
    static func compare(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let l = left.baseAddress, let r = right.baseAddress {
            let order = memcmp(l, r, common)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }
}
