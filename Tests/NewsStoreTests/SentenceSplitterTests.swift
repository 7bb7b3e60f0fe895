import Testing

@testable import NewsStore

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func splitsAtPeriodsButNotAfterTitlesOrMonthAbbreviations() {
        let text = "On Monday, US Lt. Gen. Stephen Townsend spoke. It was Oct. 16 in Iraq. Done!"
        let sentences = splitter.sentences(in: text).map(\.text)
        #expect(sentences == ["On Monday, US Lt. Gen. Stephen Townsend spoke.", "It was Oct. 16 in Iraq.", "Done!"])
    }

    @Test func treatsEachLineAsItsOwnUnitWithScalarOffsets() {
        let text = "Mūşil falls\nSecond line."
        let sentences = splitter.sentences(in: text)
        #expect(sentences.count == 2)
        #expect(sentences[1].start == 12)
        #expect(sentences[1].end == text.unicodeScalars.count)
    }

    @Test func keepsClosingQuoteWithItsSentence() {
        let text = "He said \"the bell has rung.\" Then he left."
        #expect(splitter.sentences(in: text).map(\.text) == ["He said \"the bell has rung.\"", "Then he left."])
    }
}
