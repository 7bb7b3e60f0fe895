import Testing

@testable import NewsStore

@Suite struct TrailingUTCOffsetTests {
    /// The rule the written-out scan replaced.
    private static func byRegex(_ text: String) -> String? {
        guard let match = text.firstMatch(of: #/T[0-9:.]+\s*([+-])(\d{2}):?(\d{2})$/#) else { return nil }
        return "\(match.1)\(match.2):\(match.3)"
    }

    @Test func readsTheOffsetATimestampEndsWith() {
        #expect(TrailingUTCOffset.of("2016-10-17T13:01:00-04:00") == "-04:00")
        #expect(TrailingUTCOffset.of("2016-10-17T13:01:00.123 +0200") == "+02:00")
        #expect(TrailingUTCOffset.of("2016-10-17T13:01Z") == nil)
        #expect(TrailingUTCOffset.of("2016-10-17 13:01:00-04:00") == nil)
        #expect(TrailingUTCOffset.of("2016-10-17T13:01:00-04:00 ") == nil)
        #expect(TrailingUTCOffset.of("T-0400") == nil)
        #expect(TrailingUTCOffset.of("2016-10-17T13:01:00+٠٤:٠٠") == "+٠٤:٠٠")
    }

    @Test func answersAsTheRegexDidOnEveryMixOfItsCharacters() {
        // A fixed-seed walk over strings built from the characters the rule looks at, and some
        // it must not take (U+001C is no whitespace to it; "é" and an Arabic digit send the text
        // to the regex itself).
        let alphabet: [String] = [
            "T", "t", "0", "4", "9", ":", ".", "+", "-", " ", "\t", "\n", "\r\n", "\u{1C}", "Z", "x", "é", "٤",
        ]
        var state: UInt64 = 2016
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var differences: [String] = []
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<(1 + next(12)) { text += alphabet[next(alphabet.count)] }
            // Most random strings end in no offset; give half of them one.
            if next(2) == 0 { text += ["+0400", "-04:00", "+12:3", "-1234", "+04:0x"][next(5)] }
            if TrailingUTCOffset.of(text) != Self.byRegex(text) { differences.append(text.debugDescription) }
        }
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }
}
