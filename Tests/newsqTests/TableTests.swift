import Foundation
import Testing

@testable import newsq

@Suite("Table")
struct TableTests {
    private let articles = Listing(
        noun: "articles",
        columns: [
            .init(key: "id", header: "ID"),
            .init(key: "published", header: "Published"),
            .init(key: "title", header: "Title", flexible: true),
            .init(key: "words", header: "Words"),
        ],
        rows: [
            [1, "2016-10-17", "After ISIS loses Mosul, then what? A long look at the battle for the city", 1234],
            [22, "2016-10-18", "Short", 7],
            [333, nil, "摩苏尔战役：伊拉克军队向摩苏尔推进 — Qayyarah", nil],
        ])

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func atWidth40EveryLineFitsAndCutTextEndsInAnEllipsis() {
        let text = articles.renderTable(context: RenderContext(isTerminal: true, width: 40))
        let output = lines(text)
        #expect(output.count == 2 + articles.rows.count)
        for line in output {
            #expect(DisplayWidth.of(line) <= 40, "\(line)")
        }
        #expect(output[2].contains("…"))
        #expect(output[2].hasPrefix("  1  2016-10-17  After"))
        #expect(output[3].contains("Short") && !output[3].contains("…"))
        #expect(output[4].contains("…"))
    }

    @Test func flexibleColumnsShrinkBeforeFixedOnes() {
        let text = articles.renderTable(context: RenderContext(isTerminal: true, width: 40))
        #expect(text.contains("2016-10-17"))
        #expect(text.contains("1234"))
    }

    @Test func withoutAWidthNothingIsCut() {
        let text = articles.renderTable(context: RenderContext())
        #expect(text.contains("After ISIS loses Mosul, then what? A long look at the battle for the city"))
        #expect(!text.contains("…"))
    }

    @Test func numericColumnsAreRightAlignedAndTheHeaderIsSeparated() {
        let output = lines(articles.renderTable(context: RenderContext()))
        #expect(output[0].hasPrefix(" ID  Published   Title"))
        #expect(output[1].hasPrefix("---  ----------  -----"))
        #expect(output[2].hasPrefix("  1  "))
        #expect(output[3].hasPrefix(" 22  "))
        #expect(output[2].hasSuffix(" 1234"))
        #expect(output[3].hasSuffix("    7"))
        #expect(output.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func wideCharactersCountAsTwoColumns() {
        #expect(DisplayWidth.of("摩苏尔") == 6)
        #expect(DisplayWidth.of("Mosul") == 5)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇮🇶") == 2)
        // Latin text is counted by scalar; it must agree with counting cluster by cluster.
        for latin in ["Qayyāra", "São Paulo\u{AD}", "Zürich\r\nTōkyō", "Ağrı ©\u{85}", "naïve façade ®"] {
            #expect(DisplayWidth.of(latin) == latin.reduce(0) { $0 + DisplayWidth.of($1) }, "\(latin)")
        }
        let cut = DisplayWidth.truncate("摩苏尔战役", to: 6)
        #expect(cut == "摩苏…")
        #expect(DisplayWidth.of(cut) <= 6)
    }

    @Test func truncationNeverSplitsAGraphemeCluster() {
        let text = "ab👨‍👩‍👧cde\u{301}f🇮🇶g"
        for width in 1...DisplayWidth.of(text) {
            let cut = DisplayWidth.truncate(text, to: width)
            #expect(DisplayWidth.of(cut) <= width)
            let kept = cut.hasSuffix("…") ? String(cut.dropLast()) : cut
            #expect(text.hasPrefix(kept))
            #expect(Array(text).starts(with: Array(kept)))
        }
    }

    @Test func aVeryNarrowTerminalStillGetsLinesThatFit() {
        let text = articles.renderTable(context: RenderContext(isTerminal: true, width: 12))
        #expect(lines(text).allSatisfy { DisplayWidth.of($0) <= 12 })
    }

    @Test func lineBreaksAndControlCharactersInValuesShowAsSpaces() {
        let listing = Listing(noun: "rows", columns: [.init(key: "text")], rows: [["one\ntwo\u{1B}[31mred"]])
        let output = lines(listing.renderTable(context: RenderContext()))
        #expect(output.count == 3)
        #expect(output[2] == "one two [31mred")
    }

    @Test func anEmptyListingRendersAsNothing() {
        #expect(Listing(noun: "rows", columns: articles.columns).renderTable(context: RenderContext()) == "")
    }

    @Test func colourTerminalsGetABoldHeaderAndPipesGetNoEscapes() {
        let colour = articles.renderTable(context: RenderContext(isTerminal: true, width: 200, useColor: true))
        #expect(colour.hasPrefix("\u{1B}[1m"))
        #expect(!articles.renderTable(context: RenderContext(isTerminal: true, width: 200)).contains("\u{1B}"))
    }

    @Test func recordLayoutWrapsLongValuesUnderThemselvesAndKeepsParagraphs() {
        let body = String(repeating: "The battle for Mosul began on Monday. ", count: 6) + "\nSecond paragraph."
        let show = Listing(
            noun: "articles",
            columns: [
                .init(key: "id", header: "ID"), .init(key: "title", header: "Title"),
                .init(key: "body", header: "Body"),
            ],
            rows: [[1, "After ISIS loses Mosul", .string(body)]],
            layout: .record)
        let output = lines(show.renderTable(context: RenderContext(isTerminal: true, width: 40)))
        #expect(output[0] == "ID     1")
        #expect(output[1] == "Title  After ISIS loses Mosul")
        #expect(output[2].hasPrefix("Body   The battle"))
        #expect(output.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(output.dropFirst(3).allSatisfy { $0.hasPrefix("       ") })
        #expect(output.last == "       Second paragraph.")
        #expect(!output.joined().contains("…"))
        let words = output.dropFirst(2).map { $0.dropFirst(7) }.joined(separator: " ")
        #expect(words.split(separator: " ") == body.split(whereSeparator: { $0 == " " || $0 == "\n" }))
    }

    @Test func wrappingSplitsWordsLongerThanTheLine() {
        #expect(Listing.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
        #expect(Listing.wrap("", width: 4) == [""])
    }

    @Test func detailColumnsStayOutOfTablesButNotOutOfOtherFormats() throws {
        let listing = Listing(
            noun: "events",
            columns: [.init(key: "id", header: "ID"), .init(key: "rule", header: "Rule", detail: true)],
            rows: [[1, "weekday-past"]])
        let table = try listing.render(as: .table, context: RenderContext())
        #expect(!table.contains("Rule") && !table.contains("weekday-past"))
        let csv = try listing.render(as: .csv, context: RenderContext())
        #expect(csv.contains("rule") && csv.contains("weekday-past"))
    }
}
