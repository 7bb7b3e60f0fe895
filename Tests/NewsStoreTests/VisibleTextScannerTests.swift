import Foundation
import Testing

@testable import NewsStore

/// The one-pass scanner behind `ThinBodyCheck` gives what the four regular-expression passes it
/// replaced gave (kept here as the reference), on ordinary pages and on the odd ones.
@Suite struct VisibleTextScannerTests {
    /// The passes `ThinBodyCheck` ran before the scanner, one after another.
    static func reference(_ html: String) -> String {
        var text = html.replacing(#/(?i)<(br|/p|/div|/li|/h[1-6])\b[^>]*>/#, with: "\n")
        text = text.replacing(#/(?is)<script\b.*?</script\s*>/#, with: "")
        text = text.replacing(#/(?is)<style\b.*?</style\s*>/#, with: "")
        return text.replacing(#/<[^>]*>/#, with: "")
    }

    static let pages: [String] = [
        "<html><head><title>T</title><style>p { color: red }</style></head><body><p>One</p><br/>Two</body></html>",
        "<div>a<BR>b</DIV><Script type=\"x\">if (a < b) { c = '<p>' }</SCRIPT >c</p >d",
        "<p>unclosed <script>var a = 1; <b>bold</b> text",
        "<style>/* <script> */ p {}</style>kept<script>x</script>tail</style>after",
        "<script>document.write('<br </script>')</script>middle<script>y</script>end",
        "<scripts>not a script</scripts><brx>no break</brx><br.x>dot<br:y>colon<br_z>under",
        "a < b and c > d, <a title=\"<script>in</script>\">link</a>",
        "<a href=x <br>>broken</a> <b>last < no end",
        "</script\n>stray close<h1>Head</h1><h7>seven</h7></h3 class=x>",
        "caf\u{E9} <p>na\u{EF}ve</p> <\u{301}p>combined<br\u{301}> >\u{301} <div>\u{1F600}</div>",
        "<style>a{}</style   >\r\n<script>b</script\t>\u{A0}<p>text</p>",
        "<script>one<style>s</style></script><style>two<script>x</script>y</style>z",
        "<script>never closed <style>a</style> text <br> more",
        "<style>never closed <script>a</script> text <p>x</p> more",
        "<p>é</p><bré>x</bré><br'a>y<brß>z",
        "<title>T</title>\u{200C}<div>\u{200C}</div><p>>\u{200C}x<\u{200D}y</p>",
        "",
    ]

    @Test func scannerGivesWhatTheRegularExpressionsGave() {
        for page in Self.pages {
            #expect(VisibleTextScanner.strip(page) == Self.reference(page), "\(page)")
        }
    }

    @Test func collapsedLengthCountsCharactersWithBlankRunsAsOne() {
        #expect(ThinBodyCheck.collapsedLength("  two  words\r\n\tend ") == 14)
        #expect(ThinBodyCheck.collapsedLength("caf\u{E9}  au lait\u{A0}\u{A0}x") == 14)
        #expect(ThinBodyCheck.collapsedLength("e\u{301}\r\n\u{1F1EB}\u{1F1F7}") == 3)
    }

    @Test func visibleCharactersOfAPageLeaveOutScriptsStylesAndTags() {
        let page = Data(
            "<html><head><style>body { margin: 0 }</style><script>var x = '<p>'</script></head><body><p>Hello &amp; goodbye</p>\n\n<div>world</div></body></html>"
                .utf8)
        #expect(ThinBodyCheck.visibleCharacters(of: page) == "Hello & goodbye world ".count)
    }
}

/// Pages of the development corpus (../shared, absent on a fresh clone): the scanner's text equals
/// the regular expressions' text. Every tenth page by default (the reference passes are slow in a
/// debug build); all of them with `NEWSQ_FULL_CORPUS=1`.
@Suite struct VisibleTextScannerCorpusTests {
    static let htmlCorpus = TestSupport.shared.appendingPathComponent("corpus/html")
    static let canRun =
        FileManager.default.fileExists(atPath: htmlCorpus.path) && FileManager.default.fileExists(atPath: "/bin/gzip")

    @Test(.enabled(if: canRun)) func scannerGivesWhatTheRegularExpressionsGaveOnCorpusPages() throws {
        let step = ProcessInfo.processInfo.environment["NEWSQ_FULL_CORPUS"] == nil ? 10 : 1
        var files: [URL] = []
        for set in try FileManager.default.contentsOfDirectory(atPath: Self.htmlCorpus.path).sorted() {
            let folder = Self.htmlCorpus.appendingPathComponent(set)
            let pages = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            files += pages.sorted().filter { $0.hasSuffix(".html.gz") }.map { folder.appendingPathComponent($0) }
        }
        var differing: [String] = []
        var scannerTime = Duration.zero
        var referenceTime = Duration.zero
        let clock = ContinuousClock()
        for file in stride(from: 0, to: files.count, by: step).map({ files[$0] }) {
            let text = String(decoding: try TestSupport.gunzip(file).prefix(4 << 20), as: UTF8.self)
            var ours = ""
            var theirs = ""
            scannerTime += clock.measure { ours = VisibleTextScanner.strip(text) }
            referenceTime += clock.measure { theirs = VisibleTextScannerTests.reference(text) }
            if ours != theirs { differing.append(file.lastPathComponent) }
        }
        print(
            "visible text of \(files.count / step) pages: scanner \(scannerTime), regular expressions \(referenceTime)")
        #expect(files.count > 1_000)
        #expect(differing.isEmpty, "\(differing)")
    }
}
