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

    @Test func readsNumbersThatNameNoCharacterAsTheReplacementCharacter() {
        #expect(
            HTMLEntities.decode("a&#0;b&#x110000;c&#xD800;d&#99999999999999999999;e")
                == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
    }

    @Test func readsNumbersWithoutTheirSemicolonAsBrowsersDo() {
        #expect(HTMLEntities.decode("Iraq&#39s &#x2019x") == "Iraq's ’x")
    }

    @Test func shipsTheWholeHTML5Table() {
        #expect(HTMLEntityTable.shipped.count == 2_231)
        #expect(HTMLEntityTable.shipped.longestName == "CounterClockwiseContourIntegral;".count)
        #expect(HTMLEntityTable.shipped.longestLegacyName == "frac12".count)
    }

    @Test func decodesRareNamesIncludingThoseOfTwoCodePoints() {
        #expect(HTMLEntities.decode("&NotNestedGreaterGreater;") == "\u{2AA2}\u{0338}")
        #expect(HTMLEntities.decode("&CounterClockwiseContourIntegral;") == "\u{2233}")
        #expect(HTMLEntities.decode("&fjlig;&bne;&Afr;") == "fj=\u{20E5}\u{1D504}")
        #expect(HTMLEntities.decode("&ETH;&thorn;&curren;&brvbar;") == "Ðþ¤¦")
    }

    @Test func takesTheLongestNameThatFits() {
        #expect(HTMLEntities.decode("&notin; &notit;") == "∉ ¬it;")
        #expect(HTMLEntities.decode("&ampx;") == "&x;")
    }

    @Test func readsLegacyNamesWithoutSemicolonInText() {
        #expect(HTMLEntities.decode("Tom &amp Jerry &copy 2016 &eacutelan") == "Tom & Jerry © 2016 élan")
    }

    @Test func keepsLegacyNamesWithoutSemicolonInAttributesBeforeLettersDigitsOrEquals() {
        #expect(HTMLEntities.decode("/page?a=1&copy=2&amp3&not", in: .attribute) == "/page?a=1&copy=2&amp3¬")
        #expect(HTMLEntities.decode("a&amp;b &amp c", in: .attribute) == "a&b & c")
    }

    @Test func leavesNamesWithoutLegacyFormAloneWithoutTheirSemicolon() {
        #expect(HTMLEntities.decode("&hellip &rsquo") == "&hellip &rsquo")
    }
}
