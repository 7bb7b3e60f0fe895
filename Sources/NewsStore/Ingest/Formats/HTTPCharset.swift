import Foundation

/// The character set an HTTP `Content-Type` header names, for a page that declares none itself:
/// such a page is re-encoded as UTF-8 before it is read (the page reader knows only UTF-8 and
/// Latin-1 from the page's own `<meta>`). HTML gives the header precedence over the page, but a
/// page that declares its own charset is left to that declaration, which archived pages more
/// often get right than the server that sent them.
struct HTTPCharset: Equatable {
    /// The charset's name, lower-cased ("windows-1251").
    let name: String

    /// The charset in `contentType` (`text/html; charset="Shift_JIS"`), if it names one.
    init?(contentType: String?) {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
            guard !value.isEmpty else { return nil }
            name = value
            return
        }
        return nil
    }

    /// Encodings Foundation decodes on every platform, by the names servers send.
    private static let encodings: [String: String.Encoding] = [
        "iso-8859-1": .windowsCP1252, "latin1": .windowsCP1252, "windows-1252": .windowsCP1252,
        "cp1252": .windowsCP1252, "us-ascii": .windowsCP1252, "ascii": .windowsCP1252,
        "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250,
        "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251, "windows-1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "shift_jis": .shiftJIS, "sjis": .shiftJIS, "euc-jp": .japaneseEUC,
        "iso-2022-jp": .iso2022JP, "utf-16": .utf16, "utf-16le": .utf16LittleEndian,
        "utf-16be": .utf16BigEndian,
    ]

    /// `body` as UTF-8 when this charset is another one Foundation knows and the page declares
    /// no charset of its own; otherwise `body` as it is (the page reader explains what it cannot
    /// read).
    func utf8Body(_ body: Data) -> Data {
        guard !["utf-8", "utf8"].contains(name), let encoding = Self.encodings[name],
            HTMLArticleReader.declaredCharset(body) == nil,
            let text = String(data: body, encoding: encoding)
        else { return body }
        return Data(text.utf8)
    }
}
