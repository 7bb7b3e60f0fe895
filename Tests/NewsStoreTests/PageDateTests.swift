import Foundation
import Testing

@testable import NewsStore

@Suite struct PageDateTests {
    let reader = HTMLArticleReader()

    private func read(head: String = "", body: String) throws -> CleanedArticle {
        let html = """
            <html><head><title>Floods hit the coast</title>\(head)</head><body>\(body)<article><p>Rain fell for \
            three days on the coast and the rivers rose over their banks in the night.</p><p>By the morning the water stood a metre deep in \
            the streets of the old town, and the roads to the hills were closed.</p></article></body></html>
            """
        return try reader.read(Data(html.utf8), origin: "page.html")
    }

    @Test func neverTakesAModifiedDateAsThePublishedOne() throws {
        let article = try read(
            head: """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods hit the coast",
                "dateModified":"2016-10-18T09:00:00Z"}</script>
                <meta property="article:modified_time" content="2016-10-18T09:00:00Z">
                """,
            body: "<h1>Floods hit the coast</h1><time class=\"updated\" datetime=\"2016-10-18T09:00:00Z\">Oct 18</time>"
        )
        #expect(article.publishedAt == nil)
        #expect(article.updatedAt?.iso == "2016-10-18T09:00:00Z")
    }

    @Test func readsAnUnmarkedTimeInTheArticleHeader() throws {
        let article = try read(
            body: """
                <ul class="latest"><li>Sports</li></ul><h1>Floods hit the coast</h1>
                <div class="byline">By Jane Doe <time datetime="2016-08-10T11:15:53+00:00">Aug 10, 2016</time></div>
                <aside><time datetime="2016-08-01T10:00:00+00:00">Aug 1</time></aside>
                """)
        #expect(article.publishedAt?.iso == "2016-08-10T11:15:53Z")
    }

    @Test func takesAStampMarkedAsPublishedOverAnEarlierUnmarkedOne() throws {
        let article = try read(
            body: """
                <h1>Floods hit the coast</h1><time datetime="2016-08-01T10:00:00Z">Aug 1</time>
                <span itemprop="datePublished" content="2016-08-10T11:15:00Z">Aug 10, 2016</span>
                """)
        #expect(article.publishedAt?.iso == "2016-08-10T11:15:00Z")
    }

    @Test func readsTheDayFromTheURLWhenThePageHasNoStamp() throws {
        let article = try read(
            head: "<link rel=\"canonical\" href=\"https://news.example.com/world/2016/10/17/floods-hit-the-coast/\">",
            body: "<h1>Floods hit the coast</h1>")
        #expect(article.publishedAt?.iso == "2016-10-17")
        #expect(HTMLArticleReader.urlDay("https://example.com/news/20161017/floods.html") == "2016-10-17")
        #expect(HTMLArticleReader.urlDay("https://example.com/story/2016/13/45/odd") == nil)
        #expect(HTMLArticleReader.urlDay("https://example.com/item?id=2016101712") == nil)
    }

    @Test func readsTheVisibleBylineStamp() throws {
        let article = try read(
            body: """
                <h1>Floods hit the coast</h1>
                <ul class="dateline"><li class="dateline__item">Published: Dec. 22, 2016, 6:47 p.m. ET</li></ul>
                """)
        #expect(article.publishedAt?.iso == "2016-12-22T23:47:00Z")
        let updatedFirst = try read(
            body: """
                <h1>Floods hit the coast</h1>
                <div class="timestamp">Updated 10:32 AM ET, Mon October 17, 2016</div>
                <div class="timestamp">Posted: Oct 14, 2016 9:27 AM ET | Last Updated: 24 minutes ago</div>
                """)
        #expect(updatedFirst.publishedAt?.iso == "2016-10-14T13:27:00Z")
    }

    @Test func aRelativeAgeIsNotADate() throws {
        let article = try read(
            body: "<h1>Floods hit the coast</h1><div class=\"post-date\">Published 3 hours ago</div>")
        #expect(article.publishedAt == nil)
    }

    @Test func readsAUTCStampInThePagesOwnOffset() throws {
        let article = try read(
            head: """
                <meta property="article:published_time" content="2016-12-23T00:47:31Z">
                <meta property="article:modified_time" content="2016-12-23T09:10:00-05:00">
                """,
            body: "<h1>Floods hit the coast</h1>")
        #expect(article.publishedAt?.iso == "2016-12-23T00:47:31Z")
        #expect(article.publishedTimeZone == "-05:00")
        #expect(ExtractionScoring.localDay("2016-12-23T00:47:31Z", zone: article.publishedTimeZone) == "2016-12-22")
    }

    @Test func readsPublicationMetaTagsThatKeepTheirContentInAValueAttribute() throws {
        let article = try read(
            head: "<meta value=\"2016-11-29T10:39:35Z\" name=\"article:published_time\">",
            body: "<h1>Floods hit the coast</h1>")
        #expect(article.publishedAt?.iso == "2016-11-29T10:39:35Z")
    }

    @Test func readsDatesWrittenInNumbersOnly() throws {
        let parser = PublicationDateParser()
        #expect(parser.parse("24.04.2023")?.storedText == "2023-04-24")
        #expect(parser.parse("Veröffentlicht 24.04.2023, 14:07 Uhr") == nil)
        #expect(parser.parse("24.04.2023, 14:07 Uhr")?.storedText == "2023-04-24")
        #expect(parser.parse("2019年3月5日")?.storedText == "2019-03-05")
        #expect(parser.parse("2019/03/05 10:00")?.storedText == "2019-03-05")
        #expect(parser.parse("05/03/2019") == nil)
        #expect(parser.parse("31.02.2023") == nil)
        let article = try read(body: "<h1>Floods hit the coast</h1><span class=\"date\">28.04.2023</span>")
        #expect(article.publishedAt?.iso == "2023-04-28")
    }
}
