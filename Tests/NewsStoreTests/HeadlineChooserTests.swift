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
}
