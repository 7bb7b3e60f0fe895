import Foundation
import Testing

@testable import NewsStore

@Suite struct HeadlineChooserTests {
    let reader = HTMLArticleReader()

    private func title(head: String, body: String = "") throws -> String {
        let html = """
            <html><head>\(head)</head><body>\(body)<article><p>Rain fell for three days on the coast and the \
            rivers rose over their banks in the night.</p><p>By the morning the water stood a metre deep in \
            the streets of the old town, and the roads to the hills were closed.</p></article></body></html>
            """
        return try reader.read(Data(html.utf8), origin: "page.html").title
    }

    @Test func dropsTheSiteAndSectionNameAfterTheHeadline() throws {
        let head = """
            <title>Why Donald Trump won't change | CNN Politics</title><meta property="og:site_name" content="CNN">
            """
        #expect(try title(head: head) == "Why Donald Trump won't change")
    }

    @Test func dropsTheSiteNameBeforeTheHeadline() throws {
        let head = """
            <title>Ars Technica – The connected renter: How to make your apartment smarter</title>
            <link rel="canonical" href="https://arstechnica.com/gadgets/2016/08/the-connected-renter/">
            """
        #expect(try title(head: head) == "The connected renter: How to make your apartment smarter")
    }

    @Test func learnsTheSiteNameFromWhatTheTitleAddsToTheHeading() throws {
        let head = "<title>Two arrested in multi-state debit card skimming scheme - Local News Group</title>"
        let body = "<h1>Two arrested in multi-state debit card skimming scheme</h1>"
        #expect(try title(head: head, body: body) == "Two arrested in multi-state debit card skimming scheme")
    }

    @Test func keepsADashThatIsPartOfTheHeadline() throws {
        let head = """
            <meta property="og:title" content="Rückschlag im Titelkampf - Liverpool verliert bei Everton">
            <title>Rückschlag im Titelkampf - Liverpool verliert bei Everton | sportschau</title>
            """
        #expect(try title(head: head) == "Rückschlag im Titelkampf - Liverpool verliert bei Everton")
    }

    @Test func prefersTheFullHeadingToATruncatedOpenGraphTitle() throws {
        let head = """
            <meta property="og:title" content="Nigeria’s economy is making a comeback—but it’s still not…">
            <title>Nigeria's economy has best quarterly growth since recession</title>
            """
        let body = "<h1>Nigeria’s economy is making a comeback—but it’s still not happening fast enough</h1>"
        #expect(
            try title(head: head, body: body)
                == "Nigeria’s economy is making a comeback—but it’s still not happening fast enough")
    }

    @Test func dropsAnOpinionLabelOnlyOneSourceAdds() throws {
        let head = """
            <meta property="og:title" content="Opinion: The city needs more buses">
            <title>The city needs more buses - Daily Planet</title><meta property="og:site_name" content="Daily Planet">
            """
        #expect(try title(head: head, body: "<h1>The city needs more buses</h1>") == "The city needs more buses")
        let labelled = """
            <meta property="og:title" content="Opinion: The city needs more buses">
            <title>Opinion: The city needs more buses</title>
            """
        #expect(
            try title(head: labelled, body: "<h1>Opinion: The city needs more buses</h1>")
                == "Opinion: The city needs more buses")
    }

    @Test func ignoresAHeadingThatIsTheSiteLogo() throws {
        let head = """
            <meta property="og:site_name" content="The New Republic">
            <title>Maybe Trump’s Twitter account is more than a smoke screen | The New Republic</title>
            """
        let body = "<h1>The New Republic</h1>"
        #expect(try title(head: head, body: body) == "Maybe Trump’s Twitter account is more than a smoke screen")
    }

    @Test func takesTheHeadingsSpellingWhenSourcesAgreeButForQuotes() throws {
        let head = """
            <meta property="og:title" content="Box Office: It's Good to Be 'Peculiar'">
            <title>Box Office: It's Good to Be 'Peculiar' | Fandom</title>
            """
        let body = "<h1>Box Office: It’s Good to Be ‘Peculiar’</h1>"
        #expect(try title(head: head, body: body) == "Box Office: It’s Good to Be ‘Peculiar’")
    }

    @Test func readsMetaTagsThatKeepTheirContentInAValueAttribute() throws {
        let head = """
            <meta value="Air Force One Costs Billions of Dollars" property="og:title">
            <title>Air Force One Costs Billions of Dollars - Bloomberg</title>
            """
        #expect(try title(head: head, body: "<h1>Bloomberg UK</h1>") == "Air Force One Costs Billions of Dollars")
    }

    @Test func dropsASectionNameTheStructuredHeadlineAdds() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Harbour bridge reopens after two years of repairs | Local"}</script>
            <meta property="og:title" content="Harbour bridge reopens after two years of repairs">
            <title>Harbour bridge reopens after two years of repairs | Local | Daily Planet</title>
            """
        let body = "<h1>Harbour bridge reopens after two years of repairs</h1>"
        #expect(try title(head: head, body: body) == "Harbour bridge reopens after two years of repairs")
    }

    @Test func dropsASiteSuffixGluedOnWithoutSpaces() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "시장, 새 다리 개통식 참석해 안전 점검 약속"}</script>
            <meta property="og:title" content="시장, 새 다리 개통식 참석해 안전 점검 약속-사회ㅣ매일신문">
            <title>시장, 새 다리 개통식 참석해 안전 점검 약속-사회ㅣ매일신문</title>
            """
        #expect(try title(head: head) == "시장, 새 다리 개통식 참석해 안전 점검 약속")
    }

    @Test func treatsOnlyAShorterPartBehindASeparatorAsAnAffix() {
        // The part after the colon is as long as the title before it: a headline, not a section.
        #expect(!HeadlineChooser.isAffixed("Lust for Youth", in: "Lust for Youth: Lust for Youth"))
        #expect(HeadlineChooser.isAffixed("Lust for Youth", in: "Lust for Youth | Music"))
        #expect(HeadlineChooser.isAffixed("Harbour bridge reopens", in: "Flood watch / Harbour bridge reopens"))
        #expect(!HeadlineChooser.isAffixed("Trump", in: "Trump-Putin summit ends"))
        #expect(!HeadlineChooser.isAffixed("Storm closes harbour", in: "Storm closes harbour again"))
    }

    @Test func skipsAHeadingThatIsASectionLabel() throws {
        let head = "<title>Babies who eat peanuts early may avoid allergy</title>"
        let body = "<h1>Allergies Health Center</h1>"
        #expect(try title(head: head, body: body) == "Babies who eat peanuts early may avoid allergy")
    }

    @Test func takesTheHeadingAfterASectionLabel() throws {
        let head = """
            <meta property="og:title" content="From rail to bike paths, this is what bosses think of transit">
            <title>City bosses are asked when they last took the bus | Daily Planet</title>
            """
        let body = """
            <h1>Business Monday</h1><h1>From rail to bike paths, this is what bosses think of transit</h1>
            """
        #expect(try title(head: head, body: body) == "From rail to bike paths, this is what bosses think of transit")
    }

    @Test func keepsAShortHeadingThatSharesAWordWithTheTitle() throws {
        let head = "<title>Storm closes harbour - Daily Planet</title>"
        #expect(
            try title(head: head, body: "<h1>Storm closes the harbour for a week</h1>")
                == "Storm closes the harbour for a week")
        #expect(try title(head: "", body: "<h1>Storm hits coast</h1>") == "Storm hits coast")
    }

    @Test func keepsAKickerOnlyTheHeadingLacksAndDropsOneTheMetadataTitleLacks() throws {
        let shown = """
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Rain warning: Harbour bridge closes for repairs"}</script>
            <meta property="og:title" content="Rain warning: Harbour bridge closes for repairs">
            """
        #expect(
            try title(head: shown, body: "<h1>Harbour bridge closes for repairs</h1>")
                == "Rain warning: Harbour bridge closes for repairs")
        let stated = """
            <script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Rain warning: Harbour bridge closes for repairs"}</script>
            <meta property="og:title" content="Harbour bridge closes for repairs">
            <title>Rain warning: Harbour bridge closes for repairs - Daily Planet</title>
            """
        #expect(
            try title(head: stated, body: "<h1>Rain warning: Harbour bridge closes for repairs</h1>")
                == "Harbour bridge closes for repairs")
    }
}
