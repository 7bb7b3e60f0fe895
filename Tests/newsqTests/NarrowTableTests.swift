import Foundation
import Testing

@testable import newsq

/// Tables at 80 columns: Published gives way to its day, Score goes, and a cut snippet keeps its
/// first match in view with its bold closed.
@Suite struct NarrowTableTests {
    private static let open = String(Character(Highlight.open))
    private static let close = String(Character(Highlight.close))
    private static let bold = "\u{1B}[1m"
    private static let boldOff = "\u{1B}[22m"

    /// Search hits as `search` lists them, with the match far into a long snippet.
    private static let hits = Listing(
        noun: "search hits",
        columns: [
            .init(key: "id", header: "ID"),
            .init(key: "published_at", header: "Published", whenNarrow: .dateOnly),
            .init(key: "title", header: "Title", flexible: true),
            .init(key: "authors", header: "Authors", flexible: true),
            .init(key: "score", header: "Score", whenNarrow: .hide),
            .init(key: "snippet", header: "Snippet", flexible: true, highlighted: true),
        ],
        rows: [
            [
                1, "2016-10-17T17:01:00Z", "What happens after ISIS loses Mosul?", "Peter Bergen", 0.000004,
                .string(
                    "…Iraqi coalition forces deploy in the area of \(open)al-Shourah\(close), 45 kilometers (28 miles) "
                        + "south of Mosul…"),
            ],
            [
                2, "2016-10-18", "Floods", "Jane Doe", 0.5,
                .string("Nothing about the place until the very end of this long snippet, at \(open)Mosul\(close)"),
            ],
        ])

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test func atEightyColumnsPublishedIsTheDayAndScoreIsHidden() {
        let output = lines(Self.hits.renderTable(context: RenderContext(isTerminal: true, width: 80)))
        #expect(output[0].hasPrefix("ID  Published   Title"))
        #expect(!output[0].contains("Score"))
        #expect(output[2].hasPrefix(" 1  2016-10-17  What"))
        #expect(!output[2].contains("T17:01"))
        for line in output { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    }

    @Test func aWideTerminalKeepsScoreAndTheFullInstant() {
        let output = Self.hits.renderTable(context: RenderContext(isTerminal: true, width: 250))
        #expect(output.contains("Score"))
        #expect(output.contains("2016-10-17T17:01:00Z"))
    }

    @Test func aCutSnippetShowsItsFirstMatchInEveryRow() {
        for width in [80, 100, 120] {
            let plain = lines(Self.hits.renderTable(context: RenderContext(isTerminal: true, width: width)))
            #expect(plain[2].contains("**al-Shourah**"), "\(width): \(plain[2])")
            #expect(plain[3].contains("**Mosul**"), "\(width): \(plain[3])")
            let colored = lines(
                Self.hits.renderTable(context: RenderContext(isTerminal: true, width: width, useColor: true)))
            #expect(colored[2].contains(Self.bold + "al-Shourah" + Self.boldOff), "\(width): \(colored[2])")
            #expect(colored[3].contains(Self.bold + "Mosul" + Self.boldOff), "\(width): \(colored[3])")
        }
    }

    @Test func aMatchCutInTheMiddleIsClosedInItsCell() {
        let cut = Listing.cutAroundMatch("\(Self.open)champagne\(Self.close), even a victory", to: 8, color: true)
        #expect(cut == "\(Self.open)champag\(Self.close)…")
        let starred = Listing.cutAroundMatch("but the \(Self.open)champagne\(Self.close), even", to: 14, color: false)
        #expect(starred.components(separatedBy: "**").count % 2 == 1, "\(starred)")
        #expect(DisplayWidth.of(starred) <= 14, "\(starred)")
        // In a table the bold ends inside the snippet cell, before the next column starts.
        let listing = Listing(
            noun: "hits",
            columns: [
                .init(key: "snippet", header: "Snippet", flexible: true, highlighted: true),
                .init(key: "id", header: "ID"),
            ],
            rows: [[.string("\(Self.open)champagne and more champagne\(Self.close) here"), 7]])
        let row = lines(listing.renderTable(context: RenderContext(isTerminal: true, width: 14, useColor: true)))[2]
        let afterCell = row.components(separatedBy: Self.boldOff).last ?? ""
        #expect(row.contains(Self.bold) && row.contains(Self.boldOff), "\(row)")
        #expect(afterCell.contains("7") && !afterCell.contains(Self.bold), "\(row)")
    }

    @Test func aSnippetThatFitsIsLeftWhole() {
        let text = "in the area of \(Self.open)al-Shourah\(Self.close)"
        #expect(Listing.cutAroundMatch(text, to: 40, color: false) == "in the area of **al-Shourah**")
    }
}
