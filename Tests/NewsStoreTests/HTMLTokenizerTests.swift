import Foundation
import Testing

@testable import NewsStore

@Suite struct HTMLTokenizerTests {
    @Test func tagsAttributesAndTextAreSplit() {
        let tokens = HTMLTokenizer.tokens(of: "<P Class=\"a &amp; b\" id=x data-on>Hi</p><br/>")
        #expect(
            tokens == [
                .start(name: "p", attributes: ["class": "a & b", "id": "x", "data-on": ""], selfClosing: false),
                .text("Hi"), .end(name: "p"), .start(name: "br", attributes: [:], selfClosing: true),
            ])
    }

    @Test func scriptContentStaysRawText() {
        let tokens = HTMLTokenizer.tokens(of: "<script>if (a<b) { x = '<p>'; }</SCRIPT><p>")
        #expect(
            tokens == [
                .start(name: "script", attributes: [:], selfClosing: false), .text("if (a<b) { x = '<p>'; }"),
                .end(name: "script"), .start(name: "p", attributes: [:], selfClosing: false),
            ])
    }

    @Test func commentsAndDeclarationsAreSkipped() {
        let tokens = HTMLTokenizer.tokens(of: "<!DOCTYPE html><!-- <p>hidden</p> -->text").filter { $0 != .text("") }
        #expect(tokens == [.text("text")])
    }

    @Test func strayAngleBracketsAreText() {
        let tokens = HTMLTokenizer.tokens(of: "a < b <3 c")
        #expect(tokens.map { if case .text(let t) = $0 { t } else { "?" } }.joined() == "a < b <3 c")
    }

    @Test func unterminatedMarkupEndsAtTheEndOfInput() {
        #expect(HTMLTokenizer.tokens(of: "<p class='x").count == 1)
        #expect(HTMLTokenizer.tokens(of: "<!-- never closed").filter { $0 != .text("") }.isEmpty)
        #expect(HTMLTokenizer.tokens(of: "<style>p{}").count == 2)
    }

    @Test func treeClosesParagraphsAndIgnoresStrayEndTags() {
        let document = HTMLNode.document(parsing: "<div><p>one<p>two<div>three</span></div></div>")
        let div = document.children.first
        #expect(div?.children.map(\.name) == ["p", "p", "div"])
        #expect(document.plainText == "one two three")
    }
}
