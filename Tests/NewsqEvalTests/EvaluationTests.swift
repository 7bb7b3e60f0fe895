import Foundation
import NewsStore
import Testing

@testable import newsq_eval

@Suite struct EvaluationTests {
    static let document = """
        <?xml version="1.0" ?>
        <TimeML><DOCID>x</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2009-12-19">2009-12-19</TIMEX3></DCT>
        <TEXT>
        On <TIMEX3 tid="t1" type="DATE" value="1939-09-01">September 1, 1939</TIMEX3>, Germany &amp; Slovakia \
        attacked. In <TIMEX3 tid="t2" type="DATE" value="1940-06">June</TIMEX3> France fell; \
        <TIMEX3 tid="t3" type="DATE" value="P2M">two months</TIMEX3> later it was over. In 1945 it ended.
        </TEXT></TimeML>
        """

    @Test func timeMLTextLosesItsTagsAndKeepsTheOffsetsOfEachExpression() throws {
        let parsed = try TimeMLDocument(Self.document, path: "x.tml")
        #expect(parsed.creationDay == "2009-12-19")
        #expect(parsed.text.contains("Germany & Slovakia attacked."))
        #expect(parsed.timexes.map(\.value) == ["1939-09-01", "1940-06", "P2M"])
        let scalars = Array(parsed.text.unicodeScalars)
        for timex in parsed.timexes {
            #expect(String(String.UnicodeScalarView(scalars[timex.start..<timex.end])) == timex.text)
        }
        #expect(parsed.timexes.map(\.isCalendarValue) == [true, true, false])
    }

    @Test func dateScoresCountRightValuesWrongValuesAndUnannotatedFinds() throws {
        var scores = DateScores()
        scores.add(try TimeMLDocument(Self.document, path: "x.tml"))
        // "September 1, 1939" is right; "June" resolves to 1939 (three months before the date
        // named last), not 1940; "two months later" counts from it but is annotated as a duration;
        // "in 1945" is not annotated.
        #expect(scores.recall == Ratio(hits: 1, of: 2))
        #expect(scores.wrongValue == 1)
        #expect(scores.precision == Ratio(hits: 1, of: 4))
    }

    @Test func pageScoresCompareEachFieldThatHasAnAnswer() {
        var scores = PageScores(set: "t")
        let expected = ExpectedPage(
            name: "p", file: URL(fileURLWithPath: "/p"), title: "Floods  and fires", authors: ["Ann Lee and Bo Li"],
            date: "2016-10-17T02:30:00.000Z", body: "rain fell on the coast")
        var article = CleanedArticle(title: "Floods and fires", body: "Rain fell on the coast.")
        article.authors = [Byline(name: "Ann Lee"), Byline(name: "Bo Li")]
        article.publishedAt = PublishedTime(iso: "2016-10-17T02:30:00Z")
        scores.add(expected, article: article)
        scores.add(ExpectedPage(name: "q", file: URL(fileURLWithPath: "/q"), title: "Other", authors: []), article: nil)
        #expect(scores.title == Ratio(hits: 1, of: 2))
        #expect(scores.authors == Ratio(hits: 2, of: 2))
        #expect(scores.day == Ratio(hits: 1, of: 1))
        #expect(scores.bodyF1 == 1)
        #expect(scores.nearEmpty == 2 && scores.unreadable == 1)
    }

    @Test func ratiosPrintTwoDecimalsAndTheirCounts() {
        #expect(Ratio(hits: 185, of: 258).cell == "0.72 (185/258)")
        #expect(Ratio(hits: 1, of: 20).cell == "0.05 (1/20)")
        #expect(Ratio().cell == "—")
    }
}
