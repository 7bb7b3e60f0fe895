import Foundation

/// The character set an HTTP `Content-Type` header names, for a page that declares none itself:
/// such a page is re-encoded as UTF-8 before it is read (without a declaration the page reader
/// takes UTF-8, or windows-1252 when the bytes are not UTF-8). HTML gives the header precedence over the page, but a
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

    /// `body` as UTF-8 when this charset is another one (that `CharsetDecoder` knows), the bytes
    /// are not UTF-8 already and the page declares no charset of its own; otherwise `body` as it is.
    func utf8Body(_ body: Data) -> Data {
        guard !["utf-8", "utf8"].contains(name), String(validating: body, as: UTF8.self) == nil,
            HTMLArticleReader.declaredCharset(body) == nil,
            let text = CharsetDecoder.decode(body, label: name)
        else { return body }
        return Data(text.utf8)
    }
}
