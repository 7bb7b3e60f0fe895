import Testing

@testable import NewsStore

@Suite struct HTMLEntitiesTests {
    @Test func decodesNamedAndNumericReferences() {
        #expect(
            HTMLEntities.decode("said &quot;the bell&quot; &amp; ISIS&#39; last") == "said \"the bell\" & ISIS' last")
        #expect(
            HTMLEntities.decode("Iraq&#x27;s &#X2019;oil&rsquo; &eacute;lite &mdash; &nbsp;x")
                == "Iraq's ’oil’ élite — \u{00A0}x")
    }

    @Test func decodesTextThatWasEscapedTwice() {
        #expect(HTMLEntities.decode("&amp;quot;no&amp;quot; and &amp;#39;yes&amp;#39;") == "\"no\" and 'yes'")
    }

    @Test func decodingOncePeelsOnlyOneLayer() {
        #expect(HTMLEntities.decodeOnce("&amp;quot;") == "&quot;")
    }

    @Test func leavesBareAmpersandsAndUnknownNamesAlone() {
        #expect(
            HTMLEntities.decode("AT&T and R&D; &bogus; & more &#xZZ; &#;") == "AT&T and R&D; &bogus; & more &#xZZ; &#;")
    }

    @Test func readsWindows1252NumbersAsBrowsersDo() {
        #expect(HTMLEntities.decode("&#147;quoted&#148; &#150; &#146;") == "“quoted” – ’")
    }

    @Test func refusesNulAndOutOfRangeCodePoints() {
        #expect(HTMLEntities.decode("a&#0;b&#x110000;c&#xD800;d") == "a&#0;b&#x110000;c&#xD800;d")
    }
}
