import Foundation
import Testing

@testable import NewsStore

/// What a page prints after the story's last sentence is not part of the body: newsletter boxes,
/// "Last Modified" lines, "Related" lists, follow prompts and copyright lines (issue 15).
@Suite struct StoryTailTests {
    let reader = HTMLArticleReader()

    func body(_ html: String) throws -> String {
        try reader.read(Data(html.utf8), origin: "page.html").body
    }

    static let story = (1...5).map { number in
        "<p>Paragraph \(number) of the story tells what the council decided on Tuesday, who spoke against the "
            + "plan, and what the residents of the valley will pay for water next year.</p>"
    }.joined()

    @Test func newsletterBoxAndCopyrightLineAfterTheStoryAreLeftOut() throws {
        let text = try body(
            """
            <html><body><div class="story">\(Self.story)
            <p>The council meets again on March 3.</p>
            <h3>Newsletter</h3><p>Get our Morning Briefing newsletter</p>
            <p>© 2020 Valley Media Inc. All Rights Reserved.</p></div></body></html>
            """)
        #expect(text.hasSuffix("The council meets again on March 3."))
        #expect(!text.contains("Newsletter"))
        #expect(!text.contains("Valley Media"))
    }

    @Test func lastModifiedLineAndRelatedListAfterTheStoryAreLeftOut() throws {
        let text = try body(
            """
            <html><body><div class="post">\(Self.story)
            <p>Related:</p><p>More on water prices</p><p>More on the council</p>
            <p>water.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm</p>
            </div></body></html>
            """)
        #expect(text.hasSuffix("what the residents of the valley will pay for water next year."))
        #expect(!text.contains("Related"))
        #expect(!text.contains("Last Modified"))
    }

    @Test func shortClosingSentencesOfTheStoryStay() throws {
        let text = try body(
            """
            <html><body><div class="story">\(Self.story)
            <p>“We will see,” she said.</p><p>He declined to comment.</p>
            <p>(Reporting by Jane Doe; editing by John Roe)</p></div></body></html>
            """)
        #expect(text.hasSuffix("(Reporting by Jane Doe; editing by John Roe)"))
        #expect(text.contains("He declined to comment."))
    }

    @Test func subheadingsInsideTheStoryStay() throws {
        let text = try body(
            """
            <html><body><div class="story"><h2>What the plan costs</h2>\(Self.story)
            <h2>What comes next</h2>\(Self.story)</div></body></html>
            """)
        #expect(text.contains("What comes next"))
        #expect(text.contains("What the plan costs"))
    }

    @Test func aBodyOfLabelsOnlyIsLeftAlone() {
        let blocks = ["Tuesday, 27 August", "Photo gallery", "Seven pictures from the valley"].map {
            ParagraphCollector.Block(text: $0, linkShare: 0)
        }
        #expect(StoryTail.trimmed(blocks).map(\.text) == blocks.map(\.text))
    }

    @Test func shortLinkListAtTheEndIsLeftOutEvenWhenItEndsWithAFullStop() {
        let blocks = [
            ParagraphCollector.Block(
                text: String(repeating: "The council meets again on March 3. ", count: 8), linkShare: 0),
            ParagraphCollector.Block(text: "Read next: Why water costs more this year.", linkShare: 0.8),
        ]
        #expect(StoryTail.trimmed(blocks).map(\.text) == [blocks[0].text])
    }

    @Test func aListTheStoryEndsWithStays() {
        let story = ParagraphCollector.Block(
            text: String(
                repeating: "The earthquake shook the coast on Monday night and was felt across the prefecture. ",
                count: 4),
            linkShare: 0)
        let announced = [
            story, .init(text: "Intensity 4 was measured in these towns:", linkShare: 0),
            .init(text: "Nobeoka, Saito", linkShare: 0), .init(text: "Hyuga, Kijo", linkShare: 0),
        ]
        #expect(StoryTail.trimmed(announced).count == 4)
        let lineUp =
            [story] + (1...9).map { ParagraphCollector.Block(text: "\($0). Player \($0) (R) LF", linkShare: 0) }
        #expect(StoryTail.trimmed(lineUp).count == 10)
    }

    @Test func aBulletedSummaryAtTheEndStays() throws {
        let text = try body(
            """
            <html><body><div class="post">\(Self.story)
            <ul><li>Generators save memory</li><li>Slotted classes save a lot of memory</li>
            <li>Map and filter are sometimes faster than comprehensions</li></ul>
            <p>Tagged:</p></div></body></html>
            """)
        #expect(text.hasSuffix("Map and filter are sometimes faster than comprehensions"))
        #expect(text.contains("Generators save memory"))
    }
}
