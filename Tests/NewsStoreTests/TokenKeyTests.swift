import Foundation
import Testing

@testable import NewsStore

/// The tokenizers' fast paths (keys folded once per word, ASCII answered from bytes, strings made
/// straight from scalars) must give exactly what the general code gives.
@Suite struct TokenKeyTests {
    static let samples = [
        "Iraqi forces entered Mosul's old city on Monday, the U.S.-led coalition said.",
        "Al Mūşil, al-Shourah and el-Arish: ISIS-controlled villages near Qayyārah’s airfield.",
        "Łódź, Kraków, São Paulo, Zürich and Þórshöfn; İstanbul and the \u{212A}elvin Sea.",
        "O'Neill met DONALD Trump in New York City. Bob's café—open 24/7—sold 3,000 crêpes.",
        "Straße ﬁnancière: Ærø, Œuvre, e\u{301}clair, naïve, co\u{2010}operate, re\u{2011}run `quoted`.",
        "Emoji 🇮🇶 and 👩‍👩‍👧 beside Baghdad, 北京 and Москва, x\u{0345}y.",
    ]

    @Test func everyPlaceTokenKeyIsTheFoldOfItsText() {
        for sample in Self.samples {
            for token in PlaceTokenizer().tokens(in: sample, sentenceStarts: []) {
                #expect(token.key == PlaceNameKey.fold(token.text), "\(token.text)")
                #expect(Array(token.key.utf8) == Array(PlaceNameKey.fold(token.text).utf8))
            }
        }
    }

    @Test func windowKeysAreTheFoldOfTheTextTheyCover() {
        for sample in Self.samples {
            let scalars = Array(sample.unicodeScalars)
            let tokens = PlaceTokenizer().tokens(in: scalars, sentenceStarts: [])
            for start in tokens.indices {
                for length in 1...4 where start + length <= tokens.count {
                    let window = tokens[start..<start + length]
                    let text = String(scalars: scalars[tokens[start].start..<tokens[start + length - 1].end])
                    let key = PlaceExtractor.key(of: window, scalars: scalars)
                    #expect(Array(key.utf8) == Array(PlaceNameKey.fold(text).utf8), "\(text)")
                }
            }
        }
    }

    @Test func stringsFromScalarsHoldTheSameBytesAsScalarViews() {
        for sample in Self.samples + [""] {
            let scalars = Array(sample.unicodeScalars)
            for start in stride(from: 0, to: scalars.count + 1, by: 3) {
                for end in stride(from: start, to: scalars.count + 1, by: 5) {
                    let expected = String(String.UnicodeScalarView(scalars[start..<end]))
                    #expect(Array(String(scalars: scalars[start..<end]).utf8) == Array(expected.utf8))
                }
            }
        }
    }

    @Test func dateTokenKeysAreLowerCasedWithoutPossessive() {
        for sample in Self.samples + ["MONDAY'S vote, Monday’s vote, it's, IT'S, 'S, don't"] {
            for token in DateToken.tokens(in: Array(sample.unicodeScalars)) {
                var expected = token.text.lowercased()
                if expected.count > 2, expected.hasSuffix("'s") || expected.hasSuffix("’s") {
                    expected = String(expected.dropLast(2))
                }
                #expect(Array(token.key.utf8) == Array(expected.utf8), "\(token.text)")
            }
        }
    }

    @Test func declaredCharsetIsFoundWhateverTheCaseOfTheHead() {
        let plain = "<html><HEAD><META http-equiv=\"Content-Type\" CONTENT=\"text/html; CHARSET=ISO-8859-1\">"
        #expect(HTMLArticleReader.declaredCharset(Data(plain.utf8)) == "iso-8859-1")
        let accented = "<title>Éclair İzmir \u{212A}</title><meta charset=\"UTF-8\">"
        #expect(HTMLArticleReader.declaredCharset(Data(accented.utf8)) == "utf-8")
        #expect(HTMLArticleReader.declaredCharset(Data("<p>no declaration</p>".utf8)) == nil)
    }
}
