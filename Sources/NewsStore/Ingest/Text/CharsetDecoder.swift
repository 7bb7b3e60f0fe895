import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text in a legacy character set (windows-1251, GB2312, Shift_JIS, ISO-8859-15 …) turned into a
/// Swift string through the C library's iconv, which knows every charset news sites declare.
/// Labels are read as browsers read them (the WHATWG Encoding Standard): "iso-8859-1" and
/// "us-ascii" mean windows-1252, "gb2312" means GBK (read as its superset GB18030), "euc-kr"
/// means windows-949, "shift_jis" means windows-31J.
enum CharsetDecoder {
    /// Browser label → the name iconv knows it by, where the two differ.
    private static let aliases: [String: String] = [
        "iso-8859-1": "WINDOWS-1252", "iso8859-1": "WINDOWS-1252", "latin1": "WINDOWS-1252",
        "latin-1": "WINDOWS-1252", "l1": "WINDOWS-1252", "us-ascii": "WINDOWS-1252", "ascii": "WINDOWS-1252",
        "cp1252": "WINDOWS-1252", "x-cp1252": "WINDOWS-1252",
        "gb2312": "GB18030", "gbk": "GB18030", "x-gbk": "GB18030", "gb_2312-80": "GB18030", "chinese": "GB18030",
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "windows-949": "CP949",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932",
        "windows-31j": "CP932", "big5": "BIG5-HKSCS", "x-mac-roman": "MACINTOSH", "macintosh": "MACINTOSH",
        "tis-620": "CP874", "iso-8859-11": "CP874", "windows-874": "CP874",
    ]

    /// True when `label` names a charset this machine's iconv can read.
    static func knows(_ label: String) -> Bool {
        guard let converter = open(label) else { return false }
        iconv_close(converter)
        return true
    }

    /// `data` read in the charset `label` names; nil when the label is unknown here. Bytes that
    /// are not valid in the charset become U+FFFD, as a browser shows them.
    static func decode(_ data: Data, label: String) -> String? {
        guard let converter = open(label) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8]()
        output.reserveCapacity(data.count * 2)
        var scratch = [CChar](repeating: 0, count: 1 << 14)
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            input.withUnsafeMutableBytes { $0.copyMemory(from: raw) }
        }
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = source.baseAddress
            var inLeft = source.count
            while inLeft > 0 {
                let result = scratch.withUnsafeMutableBufferPointer { target -> Int in
                    var outPointer = target.baseAddress
                    var outLeft = target.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let written = target.count - outLeft
                    target.baseAddress.map { base in
                        output.append(contentsOf: UnsafeRawBufferPointer(start: base, count: written))
                    }
                    return status == -1 ? Int(errno) : 0
                }
                if result == 0 || result == E2BIG { continue }
                // An invalid or cut-off sequence: one replacement character, and on past the byte.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// An iconv converter from the charset `label` names to UTF-8, or nil.
    private static func open(_ label: String) -> iconv_t? {
        let lower = label.lowercased()
        let name = aliases[lower] ?? lower.uppercased()
        // Only plain charset names reach iconv: no "//TRANSLIT" suffixes or paths from a page.
        guard !name.isEmpty, name.count <= 40,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
        else { return nil }
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        return converter
    }
}
