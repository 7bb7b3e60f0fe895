import Foundation
import Testing

@testable import NewsStore

/// Body extraction on real-shaped pages: the failure classes of issue 15 (a footer or caption chosen
/// as the story, a story split across containers, paragraphs each in their own wrapper, `<br>` text,
/// layout classes that read as furniture).
@Suite struct HTMLBodyExtractionTests {
    let reader = HTMLArticleReader()

    func body(_ html: String) throws -> String {
        try reader.read(Data(html.utf8), origin: "page.html").body
    }

    /// A paragraph of story text, numbered so each one is told apart.
    static func paragraph(_ number: Int) -> String {
        "Paragraph \(number) of the story tells what the council decided on Tuesday, who spoke against the plan, "
            + "and what the residents of the valley will pay for water next year."
    }

    @Test func storyWithEveryParagraphInItsOwnWrapperWinsOverTheCopyrightLine() throws {
        let paragraphs = (1...8).map { "<div class=\"paragraph\"><p>\(Self.paragraph($0))</p></div>" }
        let text = try body(
            """
            <html><body><div class="articleContainer__content">\(paragraphs.joined(separator: "\n"))</div>
            <div class="copyright">© Copyright . All rights reserved. Printed from https://www.example.com</div>
            </body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(text.contains("Paragraph 8 of the story"))
        #expect(!text.contains("All rights reserved"))
    }

    @Test func storySplitByAnAdSlotKeepsBothHalves() throws {
        let first = (1...4).map { "<p>\(Self.paragraph($0))</p>" }.joined()
        let second = (5...7).map { "<p>\(Self.paragraph($0))</p>" }.joined()
        let text = try body(
            """
            <html><body><div class="page">
            <div class="story-part">\(first)</div>
            <div class="ad-slot"><p>Advertisement</p></div>
            <div class="story-part">\(second)</div>
            <div class="more"><a href="/a">Other story one</a> <a href="/b">Other story two</a></div>
            </div></body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(text.contains("Paragraph 7 of the story"))
        #expect(!text.contains("Advertisement"))
        #expect(!text.contains("Other story"))
    }

    @Test func lineBreakSeparatedTextIsTheStory() throws {
        let lines = (1...5).map(Self.paragraph).joined(separator: "<br><br>\n")
        let text = try body(
            """
            <html><body><div id="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
            <table><tr><td class="text">\(lines)</td></tr></table>
            <div class="foot">Copyright 2012 The Valley Gazette. All rights reserved.</div></body></html>
            """)
        #expect(text.components(separatedBy: "\n\n").count == 5)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(!text.contains("Copyright"))
    }

    @Test func footerIsNotTheBodyWhenTheStorySitsInAMarkedFurnitureBlock() throws {
        // The story's own block carries a class word meant for the layout; it is read because it
        // holds the page's story, and the footer line is left out.
        let paragraphs = (1...8).map { "<p>\(Self.paragraph($0))</p>" }.joined()
        let text = try body(
            """
            <html><body><div class="article-content sticky-sidebar-relative"><div class="the-content">
            \(paragraphs)</div></div>
            <div class="legal">Copyright © 2020 Example Media, Inc. All rights reserved.</div></body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(text.contains("Paragraph 8 of the story"))
        #expect(!text.contains("Copyright"))
    }

    @Test func storyMarkedAsBehindAPaywallIsRead() throws {
        let paragraphs = (1...8).map { "<p>\(Self.paragraph($0))</p>" }.joined()
        let text = try body(
            """
            <html><body><main><div class="article-grid post hentry pmc-subscription-behind-paywall">
            <article><div class="a-content">\(paragraphs)</div></article></div></main>
            <div class="bottom">Subscribe now and save: all of our stories, every day, for less.</div></body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(text.contains("Paragraph 8 of the story"))
        #expect(!text.contains("Subscribe now"))
    }

    @Test func postWithTopicClassesNamingFurnitureWordsIsStillRead() throws {
        let paragraphs = (1...3).map { "<p>\(Self.paragraph($0))</p>" }.joined()
        let text = try body(
            """
            <html><body><div class="post hentry tag-cookie-recipes category-social-media">
            <div class="entry-content">\(paragraphs)</div></div>
            <div id="site-info">Copyright © 2012 A Food Blog. All rights reserved. Websites by Someone.</div>
            </body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(!text.contains("Copyright"))
    }

    @Test func captionChosenAloneGivesWayToTheStoryParagraphs() throws {
        // Story paragraphs as bare text in blocks without `<p>`, and one long caption: the reader
        // must not settle on the caption.
        let blocks = (1...6).map { "<div><span>\(Self.paragraph($0))</span></div>" }.joined()
        let text = try body(
            """
            <html><body><div class="media"><div class="caption">The new council chamber on Tuesday evening, \
            before the vote. (Photo: Jane Doe)</div></div>
            <section>\(blocks)</section></body></html>
            """)
        #expect(text.contains("Paragraph 1 of the story"))
        #expect(text.contains("Paragraph 6 of the story"))
    }

    @Test func promotedSlideshowInsideTheStoryIsNotTakenForIt() throws {
        let story = (1...3).map { "<p>\(Self.paragraph($0))</p>" }.joined()
        let slides = (1...6).map {
            "<li><h4>Slide \($0)</h4><p>Slide \($0) text about another matter entirely, long enough to look like a "
                + "paragraph of some other story that the site wants the reader to click through next.</p></li>"
        }.joined()
        let text = try body(
            """
            <html><body><div class="entry">\(story)
            <div class="promo_holder"><ul class="slideshow">\(slides)</ul></div></div></body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(!text.contains("Slide"))
    }

    @Test func shortStoryIsNotSwappedForLongerTextElsewhereOnThePage() throws {
        let text = try body(
            """
            <html><body><div class="post"><p>\(Self.paragraph(1))</p><p>\(Self.paragraph(2))</p></div>
            <div class="about"><h3>About us</h3><div>We are a small newsroom in the valley, and this text \
            describes who we are, what we cover and how to reach us; it runs on for a while.</div></div>
            </body></html>
            """)
        #expect(text.hasPrefix("Paragraph 1 of the story"))
        #expect(!text.contains("small newsroom"))
    }

    @Test func bloggerPostInsideItsBlogWidgetWinsOverTheBlogDescription() throws {
        // Blogger puts every post inside `<div class="widget Blog">`; the widget class must not
        // hide a short post and leave the blog's description or profile as the body.
        let text = try body(
            """
            <html><body><div id="header"><h1>Inside Valley Water</h1><h2>The official source for information \
            about the valley's water works.</h2></div>
            <div class="main section"><div class="widget Blog" id="Blog1"><div class="blog-posts">
            <div class="post"><h3 class="post-title"><a href="/2009/04/meters.html">New meters for the valley</a></h3>
            <div class="post-body">Name: Smart Meter Interactive<br/>Author: Rosie Ojo<br/>Description: a meter that \
            reads itself every hour and tells the council when a pipe leaks, installed in every house of the valley \
            by the end of the year.<br/></div></div></div></div></div>
            <div class="sidebar"><div class="widget Profile"><p>I am the valley's water engineer and I write about \
            pipes, meters, rain and the reservoir. I have worked for the council for twenty years and I like long \
            walks along the canal. Ask me anything about water in the valley and I will answer it here.</p></div></div>
            </body></html>
            """)
        #expect(text.contains("Smart Meter Interactive"))
        #expect(text.contains("tells the council when a pipe leaks"))
        #expect(!text.contains("official source"))
        #expect(!text.contains("long walks"))
    }
}
