import Foundation

/// Reads the GeoNames dump layout: UTF-8, no header, 19 tab-separated columns per line. Accepts
/// both a full download (every column filled) and the shipped compact file (unused columns
/// empty). Blank lines and lines starting with "#" are skipped.
struct GeoNamesParser {
    /// The file name used in error messages.
    let path: String

    /// Reads a plain-text dump from disk.
    /// - Throws: `NewsStoreError.unreadableInput` for a missing or gzipped file,
    ///   `NewsStoreError.invalidGazetteer` naming the first bad line.
    static func records(inFile path: String) throws -> [GeoNamesRecord] {
        let data = try readPlainText(path)
        var records: [GeoNamesRecord] = []
        try GeoNamesParser(path: path).parse(data) { records.append($0) }
        return records
    }

    /// The bytes of a plain-text gazetteer file; a gzipped one is refused with a hint, because
    /// Foundation cannot gunzip on every platform newsq runs on.
    static func readPlainText(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsStoreError.unreadableInput(path: path, reason: "cannot read the file; check the path")
        }
        if data.count >= 2, data[data.startIndex] == 0x1F, data[data.startIndex + 1] == 0x8B {
            throw NewsStoreError.unreadableInput(
                path: path,
                reason: "this is a gzip file; unpack it first (gunzip \(path)) and import the .txt")
        }
        return data
    }

    /// Parses every line of `data`, calling `body` with each record in order.
    /// - Throws: `NewsStoreError.invalidGazetteer` naming the line, or what `body` throws.
    func parse(_ data: Data, _ body: (GeoNamesRecord) throws -> Void) throws {
        try data.withUnsafeBytes { try parse($0, body) }
    }

    /// Parses every line of raw UTF-8 bytes (an embedded file), calling `body` with each record.
    /// - Throws: `NewsStoreError.invalidGazetteer` naming the line, or what `body` throws.
    func parse(_ raw: UnsafeRawBufferPointer, _ body: (GeoNamesRecord) throws -> Void) throws {
        let buffer = raw.assumingMemoryBound(to: UInt8.self)
        var lineNumber = 0
        var lineStart = 0
        let count = buffer.count
        while lineStart < count {
            var index = lineStart
            while index < count, buffer[index] != 0x0A { index += 1 }
            lineNumber += 1
            var lineEnd = index
            if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > lineStart, buffer[lineStart] != 0x23 {
                try body(
                    record(fromLine: UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), number: lineNumber))
            }
            lineStart = index + 1
        }
    }

    /// Parses one line given as text (for tests and single rows).
    func record(fromLine line: String, number: Int) throws -> GeoNamesRecord {
        var utf8 = Array(line.utf8)
        if utf8.last == 0x0A { utf8.removeLast() }
        return try utf8.withUnsafeBufferPointer { try record(fromLine: $0, number: number) }
    }

    private func record(fromLine line: UnsafeBufferPointer<UInt8>, number: Int) throws -> GeoNamesRecord {
        var columns: [String] = []
        columns.reserveCapacity(19)
        var start = 0
        for index in 0...line.count where index == line.count || line[index] == 0x09 {
            columns.append(String(decoding: UnsafeBufferPointer(rebasing: line[start..<index]), as: UTF8.self))
            start = index + 1
        }
        guard columns.count == 19 else {
            throw NewsStoreError.invalidGazetteer(
                path: path, line: number, reason: "found \(columns.count) columns instead of 19")
        }
        guard let id = Int(columns[0]), id > 0 else {
            throw NewsStoreError.invalidGazetteer(
                path: path, line: number, reason: "geonameid \(columns[0].debugDescription) is not a positive integer")
        }
        guard !columns[1].isEmpty else {
            throw NewsStoreError.invalidGazetteer(path: path, line: number, reason: "the name column is empty")
        }
        guard let latitude = Double(columns[4]), (-90...90).contains(latitude) else {
            throw NewsStoreError.invalidGazetteer(
                path: path, line: number,
                reason: "latitude \(columns[4].debugDescription) is not a number from -90 to 90")
        }
        guard let longitude = Double(columns[5]), (-180...180).contains(longitude) else {
            throw NewsStoreError.invalidGazetteer(
                path: path, line: number,
                reason: "longitude \(columns[5].debugDescription) is not a number from -180 to 180")
        }
        var population: Int?
        if !columns[14].isEmpty {
            guard let value = Int(columns[14]), value >= 0 else {
                throw NewsStoreError.invalidGazetteer(
                    path: path, line: number, reason: "population \(columns[14].debugDescription) is not a whole number"
                )
            }
            population = value
        }
        let alternates = columns[3].isEmpty ? [] : columns[3].split(separator: ",").map(String.init)
        return GeoNamesRecord(
            geonameID: id, name: columns[1], asciiName: columns[2], alternateNames: alternates, latitude: latitude,
            longitude: longitude, featureClass: columns[6], featureCode: columns[7], countryCode: columns[8],
            admin1: columns[10], population: population)
    }
}
