import Foundation
import Testing

@testable import NewsStore

/// Legacy charsets through iconv, labels read as browsers read them.
@Suite struct CharsetDecoderTests {
    @Test func labelsAreReadAsBrowsersReadThem() {
        // 0x80 is "€" in windows-1252, which "iso-8859-1" means on the web (a C1 control in ISO).
        #expect(CharsetDecoder.decode(Data([0x80]), label: "ISO-8859-1") == "€")
        // 0x81 0x40 is a GBK character outside GB2312 proper; pages labelled gb2312 use it.
        #expect(CharsetDecoder.decode(Data([0x81, 0x40]), label: "gb2312") == "丂")
    }

    @Test func bytesInvalidInTheCharsetBecomeReplacementCharacters() {
        // 0xFF is not a Shift_JIS lead byte; the text around it survives.
        #expect(CharsetDecoder.decode(Data([0x41, 0xFF, 0x42]), label: "shift_jis") == "A\u{FFFD}B")
    }

    @Test func unknownOrHostileLabelsAreRefused() {
        #expect(CharsetDecoder.decode(Data("a".utf8), label: "x-made-up-8") == nil)
        #expect(!CharsetDecoder.knows("UTF-8//TRANSLIT"))
        #expect(!CharsetDecoder.knows("../../etc/passwd"))
        #expect(!CharsetDecoder.knows(""))
        #expect(CharsetDecoder.knows("windows-1251"))
    }
}
