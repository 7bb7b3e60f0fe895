extension GazetteerImage {
    /// The image bytes of a builder's tables (see the layout in `GazetteerImage`).
    /// - Throws: `Invalid` when a table outgrows the 32-bit fields or a GeoNames id does not fit.
    static func encode(
        entries: [GazetteerEntry], names: [[String]], exact: [String: [Int32]], variants: [String: [String]],
        fingerprint: UInt64
    ) throws -> [UInt8] {
        precondition(names.count == entries.count, "one name list per entry")
        var strings = StringPool()
        var entryBytes: [UInt8] = []
        entryBytes.reserveCapacity(entries.count * entrySize)
        for entry in entries {
            var flags = 0
            if entry.countryCode != nil { flags |= Flag.country }
            if entry.admin1 != nil { flags |= Flag.admin1 }
            if entry.latitude != nil && entry.longitude != nil { flags |= Flag.coordinates }
            if entry.population != nil { flags |= Flag.population }
            if let id = entry.geonamesID {
                guard id > 0, id <= UInt32.max else { throw Invalid(description: "GeoNames id \(id) out of range") }
                flags |= Flag.geonamesID
            }
            try strings.append(entry.name, to: &entryBytes)
            try strings.append(entry.admin1 ?? "", to: &entryBytes, shared: true)
            try strings.append(entry.kind.rawValue, to: &entryBytes, shared: true)
            try strings.append(entry.countryCode ?? "", to: &entryBytes, shared: true)
            entryBytes.appendLittleEndian(UInt32(flags))
            entryBytes.appendLittleEndian(UInt32(entry.geonamesID ?? 0))
            entryBytes.appendLittleEndian(Int64(entry.population ?? 0))
            entryBytes.appendLittleEndian((entry.latitude ?? 0).bitPattern)
            entryBytes.appendLittleEndian((entry.longitude ?? 0).bitPattern)
        }
        let keys = byteOrder(exact.keys)
        var keyRows: [String: Int] = [:]
        keyRows.reserveCapacity(keys.count)
        var keyBytes: [UInt8] = []
        var postings: [UInt8] = []
        for (row, key) in keys.enumerated() {
            keyRows[key] = row
            let list = exact[key] ?? []
            try strings.append(key, to: &keyBytes)
            keyBytes.appendLittleEndian(UInt32(postings.count / 4))
            keyBytes.appendLittleEndian(UInt32(list.count))
            for position in list { postings.appendLittleEndian(UInt32(position)) }
        }
        var variantBytes: [UInt8] = []
        var variantKeys: [UInt8] = []
        for skeleton in byteOrder(variants.keys) {
            let rows = (variants[skeleton] ?? []).compactMap { keyRows[$0] }
            try strings.append(skeleton, to: &variantBytes)
            variantBytes.appendLittleEndian(UInt32(variantKeys.count / 4))
            variantBytes.appendLittleEndian(UInt32(rows.count))
            for row in rows { variantKeys.appendLittleEndian(UInt32(row)) }
        }
        var entryNames: [UInt8] = []
        var nameRefs: [UInt8] = []
        for list in names {
            entryNames.appendLittleEndian(UInt32(nameRefs.count / 8))
            entryNames.appendLittleEndian(UInt32(list.count))
            for name in list { try strings.append(name, to: &nameRefs) }
        }
        var geonames: [UInt8] = []
        let identified = entries.indices.compactMap { position in entries[position].geonamesID.map { ($0, position) } }
        var seenIDs: Set<Int> = []
        for (id, position) in identified.sorted(by: { $0 < $1 }) where seenIDs.insert(id).inserted {
            geonames.appendLittleEndian(UInt32(id))
            geonames.appendLittleEndian(UInt32(position))
        }
        let counts = [entries.count, keys.count, variants.count, postings.count / 4, variantKeys.count / 4]
        var image: [UInt8] = magic
        image.appendLittleEndian(formatVersion)
        for value in counts + [strings.bytes.count, nameRefs.count / 8] { image.appendLittleEndian(UInt32(value)) }
        image.appendLittleEndian(fingerprint)
        image += [UInt8](repeating: 0, count: 56 - image.count)
        image.appendLittleEndian(UInt32(geonames.count / 8))
        image += [UInt8](repeating: 0, count: headerSize - image.count)
        for section in [entryBytes, keyBytes, postings, variantBytes, variantKeys, entryNames, nameRefs, geonames] {
            image += section
            image += [UInt8](repeating: 0, count: padded(section.count) - section.count)
        }
        image += strings.bytes
        guard image.count <= UInt32.max else { throw Invalid(description: "the gazetteer outgrows an image") }
        return image
    }

    /// Strings sorted by their UTF-8 bytes (the order `find` searches), compared with memcmp.
    private static func byteOrder(_ strings: some Collection<String>) -> [String] {
        var keyed = strings.map { (bytes: Array($0.utf8), string: $0) }
        keyed.sort { left, right in
            left.bytes.withUnsafeBytes { l in right.bytes.withUnsafeBytes { r in compare(l, r) < 0 } }
        }
        return keyed.map(\.string)
    }

    /// The string section, each short repeated value (kinds, countries, admin codes) stored once.
    private struct StringPool {
        var bytes: [UInt8] = []
        private var shared: [String: UInt32] = [:]

        /// Appends the (offset, length) pair of `text` to `record`, adding its bytes to the pool.
        mutating func append(_ text: String, to record: inout [UInt8], shared isShared: Bool = false) throws {
            let length = text.utf8.count
            let offset: UInt32
            if isShared, let known = shared[text] {
                offset = known
            } else {
                guard bytes.count + length <= UInt32.max else {
                    throw Invalid(description: "the gazetteer's names outgrow an image")
                }
                offset = UInt32(bytes.count)
                bytes += text.utf8
                if isShared { shared[text] = offset }
            }
            record.appendLittleEndian(offset)
            record.appendLittleEndian(UInt32(length))
        }
    }
}

extension [UInt8] {
    /// Appends the little-endian bytes of an integer.
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
