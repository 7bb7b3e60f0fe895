import Foundation
import Testing

@testable import NewsStore

@Suite struct PageAuthorsTests {
    let reader = HTMLArticleReader()

    private func names(head: String, body: String = "") throws -> [String] {
        let html = """
            <html><head>\(head)</head><body>\(body)<article><p>Rain fell for three days on the coast and the \
            rivers rose over their banks in the night.</p><p>By the morning the water stood a metre deep in \
            the streets of the old town, and the roads to the hills were closed.</p></article></body></html>
            """
        return try reader.read(Data(html.utf8), origin: "page.html").authors.map(\.name)
    }

    @Test func keepsTheOutletGivenAsTheOnlyAuthor() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm",
            "author": [{"@type": "Organization", "name": "Morning Daily"}]}</script>
            """
        #expect(try names(head: head) == ["Morning Daily"])
    }

    @Test func readsACoAuthorNestedInAnArrayOfItsOwn() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm",
            "author": [{"@type": "Person", "name": "Jane Doe"}, [{"@type": "Person", "name": "John Roe"}]]}</script>
            """
        #expect(try names(head: head) == ["Jane Doe", "John Roe"])
    }

    @Test func skipsAnAccountHandleInTheAuthorTag() throws {
        let head = #"<meta property="article:author" content="/@janedoe"><meta name="author" content="Jane Doe">"#
        #expect(try names(head: head) == ["Jane Doe"])
    }

    @Test func readsGivenAndFamilyNamesAndDropsADeskSign() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm",
            "author": [{"@type": "Person", "givenName": "Anna Maria", "familyName": "Fink"},
            {"@type": "Person", "name": "Elena Ober (obe)"}]}</script>
            """
        #expect(try names(head: head) == ["Anna Maria Fink", "Elena Ober"])
    }

    @Test func splitsCoAuthorsJoinedInOtherLanguagesAndAfterAnOxfordComma() throws {
        let german = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Sturm",
            "author": {"@type": "Person", "name": "Felix Schmidt und Jörg Weber, dpa"}}</script>
            """
        #expect(try names(head: german) == ["Felix Schmidt", "Jörg Weber"])
        let list = #"<meta name="author" content="Dana Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watts, CNN">"#
        #expect(try names(head: list) == ["Dana Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watts"])
        #expect(
            BylineParser().parse("Trine Juncher Jensen og Tôrtia Reimer").map(\.name)
                == ["Trine Juncher Jensen", "Tôrtia Reimer"])
    }

    @Test func prefersTheArticlesOwnAuthorTagToTheSiteWideOne() throws {
        let head = """
            <meta name="author" content="Condé Nast"><meta property="article:author" content="Larry Fitzgerald">
            """
        #expect(try names(head: head) == ["Larry Fitzgerald"])
    }

    @Test func readsNameListsAndSurnameFirstNamesInMetaTags() throws {
        #expect(
            try names(head: #"<meta name="author" content="Howard Snyder, Lindsay Dunmore">"#)
                == ["Howard Snyder", "Lindsay Dunmore"])
        #expect(try names(head: #"<meta name="parsely-author" content="Gillman, Steve">"#) == ["Steve Gillman"])
    }

    @Test func dropsEmailAddressesAndProfileLinkLabels() throws {
        let head = #"<meta name="author" content="d.kuckel@zeitung.example">"#
        #expect(try names(head: head, body: "<p class=\"byline\">By Dieter Kuckel</p>") == ["Dieter Kuckel"])
        #expect(try names(head: "", body: "<p class=\"byline\">By Andrew Husband Twitter</p>") == ["Andrew Husband"])
    }
}
