import Foundation
import Testing

@testable import NewsStore

@Suite struct HTMLArticleReaderTests {
    let reader = HTMLArticleReader()

    func read(_ html: String) throws -> CleanedArticle {
        try reader.read(Data(html.utf8), origin: "page.html")
    }

    // MARK: JSON-LD

    @Test func jsonLDInAnArrayGivesHeadlineAuthorsDatesAndPublisher() throws {
        let article = try read(
            """
            <html lang="en"><head><title>Wrong | Site</title>
            <script type="application/ld+json">[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Floods &amp; fires hit the coast",
             "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
             "datePublished":"2016-10-17T13:01:00-04:00","dateModified":"2016-10-18T09:00:00Z",
             "publisher":{"@type":"Organization","name":"Daily Planet"},"url":"https://example.com/floods",
             "inLanguage":"en-US"}]</script></head>
            <body><article><h1>Floods and fires</h1><p>Rain fell for three days on the coast and rivers rose.</p>
            </article></body></html>
            """)
        #expect(article.title == "Floods & fires hit the coast")
        #expect(
            article.authors == [
                Byline(name: "Jane Doe", outlet: "Daily Planet"), Byline(name: "John Roe", outlet: "Daily Planet"),
            ])
        #expect(article.publishedAt?.iso == "2016-10-17T17:01:00Z")
        #expect(article.publishedTimeZone == "-04:00")
        #expect(article.updatedAt?.iso == "2016-10-18T09:00:00Z")
        #expect(article.updatedTimeZone == "UTC")
        #expect(article.source == "Daily Planet")
        #expect(article.url == "https://example.com/floods")
        #expect(article.language == "en-US")
        #expect(article.body == "Floods and fires\n\nRain fell for three days on the coast and rivers rose.")
    }

    @Test func jsonLDGraphWithASingleAuthorObjectIsRead() throws {
        let article = try read(
            """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
             {"@type":"WebPage","name":"Page"},
             {"@type":["BlogPosting"],"headline":"A quiet harbour","author":{"@type":"Person","name":"Ann Lee"},
              "datePublished":"2020-02-03"}]}</script>
            <p>The harbour was quiet all winter, the boats tied up and the cafés closed.</p>
            """)
        #expect(article.title == "A quiet harbour")
        #expect(article.authors == [Byline(name: "Ann Lee")])
        #expect(article.publishedAt?.iso == "2020-02-03")
        #expect(article.publishedTimeZone == nil)
    }

    @Test func invalidJSONLDIsSkippedForTheMetaTags() throws {
        let article = try read(
            """
            <head><script type="application/ld+json">{"@type":"NewsArticle", "headline": oops}</script>
            <meta property="og:title" content="Meta headline"><meta name="author" content="Sam Hill">
            <meta property="article:published_time" content="2021-03-04T05:06:07+01:00">
            <meta property="og:site_name" content="The Courier"><link rel="canonical" href="https://c.example/a">
            </head><body><p>Text of the story, long enough to be a paragraph of its own.</p></body>
            """)
        #expect(article.title == "Meta headline")
        #expect(article.authors == [Byline(name: "Sam Hill")])
        #expect(article.publishedAt?.iso == "2021-03-04T04:06:07Z")
        #expect(article.publishedTimeZone == "+01:00")
        #expect(article.source == "The Courier")
        #expect(article.url == "https://c.example/a")
    }

    // MARK: Visible page

    @Test func titleFallsBackToH1AndThenToTheDocumentTitleWithoutSiteName() throws {
        let withHeading = try read("<title>Site</title><h1>The heading</h1><p>Some words of the story here.</p>")
        #expect(withHeading.title == "The heading")
        let withTitle = try read("<title>Storm hits the town | Town News</title><p>Some words of the story.</p>")
        #expect(withTitle.title == "Storm hits the town")
    }

    @Test func furnitureIsDroppedFromTheBody() throws {
        let article = try read(
            """
            <body><nav><p>Home News Sport</p></nav><header><p>Site header text</p></header>
            <div class="main"><p>First paragraph of the story with enough words.</p>
            <script>var p = "<p>not text</p>";</script><style>p { color: red }</style>
            <div class="share-bar"><p>Share on Facebook</p></div>
            <div id="related-stories"><p>Another story you might like</p></div>
            <aside><p>Sidebar text</p></aside>
            <p>Second paragraph of the story with enough words.</p>
            <form><p>Sign up</p><button>Go</button></form></div>
            <footer><p>Copyright</p></footer></body>
            """)
        #expect(
            article.body
                == "First paragraph of the story with enough words.\n\nSecond paragraph of the story with enough words."
        )
    }

    @Test func figureCaptionsGoToCaptionsOnce() throws {
        let article = try read(
            """
            <article><p>The bridge opened on Monday after four years of work.</p>
            <figure><img src="a.jpg"><figcaption>The new bridge at dawn.</figcaption></figure>
            <figure><img src="b.jpg"><figcaption>The new bridge at dawn.</figcaption></figure>
            <figure><figcaption>Crowds on the deck.</figcaption></figure>
            <p>Thousands walked across it.</p></article>
            """)
        #expect(article.captions == ["The new bridge at dawn.", "Crowds on the deck."])
        #expect(article.body == "The bridge opened on Monday after four years of work.\n\nThousands walked across it.")
    }

    @Test func entitiesIncludingDoubleEscapedOnesAreDecoded() throws {
        let article = try read(
            "<h1>Q&amp;A</h1><p>He said &amp;quot;no&amp;quot; &mdash; twice&nbsp;over, at AT&T.</p>")
        #expect(article.title == "Q&A")
        #expect(article.body == "He said \"no\" — twice over, at AT&T.")
    }

    @Test func doubleLineBreaksSplitParagraphsAndSingleOnesDoNot() throws {
        let article = try read(
            "<div>First block of text that is long enough to count as body text here.<br><br>Second block "
                + "continues<br>on the next line and is long enough as well to count.</div>")
        #expect(
            article.body
                == "First block of text that is long enough to count as body text here.\n\nSecond block continues "
                + "on the next line and is long enough as well to count.")
    }

    @Test func visibleBylineGivesAuthorsWhenMetadataHasNone() throws {
        let article = try read(
            "<article><h1>Rates rise</h1><p>By Maria Gonzalez and Tom Brown</p><p>The bank raised rates again.</p>"
                + "</article>")
        #expect(article.bylineText == "By Maria Gonzalez and Tom Brown")
        #expect(article.authors.map(\.name) == ["Maria Gonzalez", "Tom Brown"])
        #expect(article.body == "The bank raised rates again.")
    }

    @Test func articleElementWinsOverTeaserLists() throws {
        let article = try read(
            """
            <div class="list"><p>Teaser one.</p><p>Teaser two.</p></div>
            <article><p>The real story has this first paragraph with many more words in it than teasers.</p>
            <p>And a second paragraph, equally full of words about the real story.</p></article>
            """)
        #expect(article.body.hasPrefix("The real story"))
        #expect(!article.body.contains("Teaser"))
    }

    // MARK: Refusals and robustness

    @Test func pageWithoutTextIsUnreadable() {
        #expect(throws: NewsStoreError.self) {
            try read("<html><head><title>Empty</title></head><body><nav>Home</nav><script>x()</script></body></html>")
        }
    }

    @Test func emptyDataIsUnreadable() {
        #expect(throws: NewsStoreError.self) { try reader.read(Data(), origin: "e.html") }
    }

    @Test func aCharsetTheSystemCannotReadIsRefusedWithAWayOut() throws {
        var data = Data("<meta charset=\"x-made-up-8\"><p>text ".utf8)
        data.append(contentsOf: [0xC0, 0xFF])
        data.append(contentsOf: Array("</p>".utf8))
        do {
            _ = try reader.read(data, origin: "made-up.html")
            Issue.record("expected a refusal")
        } catch let error as NewsStoreError {
            #expect(error.description.contains("iconv -f x-made-up-8"))
        }
    }

    @Test func pagesInOtherDeclaredCharsetsAreRead() throws {
        // "Мосул" in windows-1251, "北京" in GB2312, "€" in ISO-8859-15, "東京" in Shift_JIS.
        let samples: [(String, [UInt8], String)] = [
            ("windows-1251", [0xCC, 0xEE, 0xF1, 0xF3, 0xEB], "Мосул"),
            ("gb2312", [0xB1, 0xB1, 0xBE, 0xA9], "北京"),
            ("iso-8859-15", [0xA4], "€"),
            ("shift_jis", [0x93, 0x8C, 0x8B, 0x9E], "東京"),
        ]
        for (charset, bytes, text) in samples {
            var data = Data("<meta charset=\"\(charset)\"><p>".utf8)
            data.append(contentsOf: bytes)
            data.append(contentsOf: Array(" appears in this paragraph of the story, written for the test.</p>".utf8))
            let article = try reader.read(data, origin: "\(charset).html")
            #expect(article.body == text + " appears in this paragraph of the story, written for the test.")
        }
        // UTF-16 after a byte order mark.
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<p>Мосул, a paragraph of the story written for the test in UTF-16.</p>".utf16 {
            utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        #expect(
            try reader.read(utf16, origin: "utf16.html").body
                == "Мосул, a paragraph of the story written for the test in UTF-16.")
        // A legacy declaration over bytes that are valid UTF-8 (a page converted, its <meta> kept).
        let converted = "<meta charset=\"iso-8859-15\"><p>La sanción de Verstappen, explicada para la prueba.</p>"
        #expect(try read(converted).body == "La sanción de Verstappen, explicada para la prueba.")
    }

    @Test func latin1PagesAreDecoded() throws {
        var data = Data("<meta charset=iso-8859-1><p>Caf".utf8)
        data.append(0xE9)
        data.append(contentsOf: Array(" au lait, served in the old town square.</p>".utf8))
        let article = try reader.read(data, origin: "latin.html")
        #expect(article.body == "Café au lait, served in the old town square.")
    }

    @Test func malformedMarkupDoesNotCrash() throws {
        let pages = [
            "<p>Unclosed <b>bold <i>italic <div>inside</p></b>",
            "<p>a < b and c > d, also <<>> and </ > and <!-- unclosed comment",
            "<script>never closed <p>",
            "<div " + String(repeating: "<div>", count: 5000) + "deep text",
            "<p title='unterminated>text",
            "</p></div></body>",
        ]
        for page in pages {
            do {
                _ = try read(page)
            } catch let error as NewsStoreError {
                guard case .unreadableInput = error else {
                    Issue.record("unexpected error \(error)")
                    continue
                }
            }
        }
        let deep = try read(String(repeating: "<div>", count: 5000) + "<p>Deep down there is a story.</p>")
        #expect(deep.body == "Deep down there is a story.")
    }

    @Test func htmlIsToldApartFromPlainText() {
        #expect(HTMLArticleReader.looksLikeHTML(Data("<!DOCTYPE html><html><body>".utf8)))
        #expect(HTMLArticleReader.looksLikeHTML(Data("\u{FEFF}  <html lang=en>".utf8)))
        #expect(HTMLArticleReader.looksLikeHTML(Data("<!-- saved --><div><p>x</p></div>".utf8)))
        #expect(!HTMLArticleReader.looksLikeHTML(Data("What happens after ISIS loses Mosul?\n\nBy Peter".utf8)))
        #expect(!HTMLArticleReader.looksLikeHTML(Data("<3 this story".utf8)))
    }

    // MARK: Third-party corpus (../shared, absent on a fresh clone)

    static let htmlCorpus = TestSupport.shared.appendingPathComponent("corpus/html")
    static let canRunCorpus =
        FileManager.default.fileExists(atPath: htmlCorpus.path) && FileManager.default.fileExists(atPath: "/bin/gzip")

    /// The bytes of a gzipped file (see `TestSupport.gunzip`).
    static func gunzip(_ url: URL) throws -> Data { try TestSupport.gunzip(url) }

    /// Lower-cased letters and digits separated by single spaces (the scoring `newsq-eval` uses).
    static func normalized(_ text: String) -> String { ExtractionScoring.normalized(text) }

    /// The calendar day of a stored stamp in the zone it was given in, when that is an offset.
    static func localDay(_ stored: String, zone: String?) -> String { ExtractionScoring.localDay(stored, zone: zone) }

    @Test(.enabled(if: canRunCorpus)) func newspaper4kPagesAgreeOnTitleAuthorsAndDate() throws {
        let folder = Self.htmlCorpus.appendingPathComponent("newspaper4k")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }
            .sorted()
        var titles = 0
        var authors = (agree: 0, compared: 0)
        var dates = (agree: 0, compared: 0)
        for page in pages {
            let name = String(page.dropLast(".html.gz".count))
            let expectedData = try Data(contentsOf: folder.appendingPathComponent("\(name).expected.json"))
            let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
            let article = try reader.read(try Self.gunzip(folder.appendingPathComponent(page)), origin: page)
            let ours = Self.normalized(article.title)
            let theirs = Self.normalized(expected["title"] as? String ?? "")
            if !ours.isEmpty, !theirs.isEmpty, ours == theirs || ours.contains(theirs) || theirs.contains(ours) {
                titles += 1
            } else {
                print("title differs on \(page): \(article.title.debugDescription)")
            }
            let expectedAuthors = (expected["authors"] as? [String] ?? []).map(Self.normalized)
            if !expectedAuthors.isEmpty {
                authors.compared += 1
                let found = article.authors.map { Self.normalized($0.name) }
                if expectedAuthors.contains(where: { found.contains($0) }) { authors.agree += 1 }
            }
            if let date = expected["publish_date"] as? String, let stored = article.publishedAt {
                dates.compared += 1
                if Self.localDay(stored.iso, zone: article.publishedTimeZone) == String(date.prefix(10)) {
                    dates.agree += 1
                }
            }
        }
        print(
            "newspaper4k: titles \(titles)/\(pages.count), authors \(authors.agree)/\(authors.compared), "
                + "dates \(dates.agree)/\(dates.compared)")
        #expect(pages.count == 12)
        #expect(titles >= 10)
        #expect(authors.agree >= 7)
        #expect(dates.agree >= 7)
    }

    @Test(.enabled(if: canRunCorpus)) func trafilaturaPagesKeepTheirTextAndDropFurniture() throws {
        let folder = Self.htmlCorpus.appendingPathComponent("trafilatura")
        let evaluationData = try Data(contentsOf: folder.appendingPathComponent("evaldata-en.json"))
        let evaluation = try #require(try JSONSerialization.jsonObject(with: evaluationData) as? [String: Any])
        var unreadable = 0
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }
        var bodies: [String: String] = [:]
        for page in pages {
            do {
                bodies[page] = try reader.read(try Self.gunzip(folder.appendingPathComponent(page)), origin: page).body
            } catch let error as NewsStoreError {
                guard case .unreadableInput = error else { throw error }
                unreadable += 1
            }
        }
        var count = ExtractionScoring.SnippetCount()
        for case let entry as [String: Any] in evaluation.values {
            guard let file = entry["file"] as? String else { continue }
            count.add(
                ExtractionScoring.snippets(
                    body: bodies[file + ".gz"] ?? "", with: entry["with"] as? [String] ?? [],
                    without: entry["without"] as? [String] ?? []))
        }
        let satisfied = count.satisfied
        let total = count.total
        let kept = (found: count.withFound, of: count.withTotal)
        let share = Double(satisfied) / Double(max(total, 1))
        print(
            "trafilatura: \(satisfied)/\(total) snippets satisfied (with: \(kept.found)/\(kept.of)), \(pages.count) pages, \(unreadable) unreadable"
        )
        #expect(pages.count >= 190)
        #expect(share >= 0.82)
    }
}
