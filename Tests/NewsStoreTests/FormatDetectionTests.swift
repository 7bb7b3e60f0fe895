import Foundation
import Testing

@testable import NewsStore

/// Formats are told by content first, then by name; folders pick up every format and count
/// the files they pass over.
@Suite struct FormatDetectionTests {
    private func detect(_ text: String, _ name: String? = nil) -> InputFormat {
        InputFormat.detect(head: Array(text.utf8), name: name)
    }

    @Test func htmlIsRecognisedBehindStylesScriptsCommentsBlanksAndAByteOrderMark() {
        #expect(detect("<style>body{}</style>\n<!DOCTYPE html><html>") == .html)
        #expect(detect("<script>var a = '<b>';</script><html><body>") == .html)
        #expect(detect("\u{FEFF}  \n<!-- saved --><!DOCTYPE HTML>") == .html)
        #expect(detect("<style>" + String(repeating: "a{color:red}", count: 10_000)) == .html)
        #expect(detect("<div class=\"story\"><p>Text</p></div>", "page") == .html)
    }

    @Test func feedsJSONAndWARCAreRecognisedByContentWhateverTheirName() {
        #expect(detect("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed.txt") == .feed)
        #expect(detect("<?xml version=\"1.0\"?><!-- x --><feed xmlns=\"http://www.w3.org/2005/Atom\">") == .feed)
        #expect(detect("{\"title\": \"x\"}\n{\"title\": \"y\"}", "dump.txt") == .json)
        #expect(detect("[\n  {\"title\": \"x\"}\n]") == .json)
        #expect(detect("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl") == .warc)
    }

    @Test func textStaysTextEvenWhenItStartsWithABracket() {
        #expect(detect("[Updated] Floods reach Mosul\n\nThe Tigris rose.") == .text)
        #expect(detect("Floods reach Mosul\n\nThe Tigris rose.", "notes.md") == .text)
    }

    @Test func extensionsAreReadThroughGzipAndSkippedOnesAreLabelled() {
        #expect(InputFormat.innerExtension(of: "a/crawl.WARC.gz") == "warc")
        #expect(InputFormat.isImportable(name: "page.html.gz") && InputFormat.isImportable(name: "x.ndjson"))
        #expect(!InputFormat.isImportable(name: "scan.pdf") && !InputFormat.isImportable(name: "README"))
        #expect(InputFormat.skippedLabel(of: "scan.PDF") == ".pdf")
        #expect(InputFormat.skippedLabel(of: "backup.tar.gz") == ".tar.gz")
        #expect(InputFormat.skippedLabel(of: "README") == "no extension")
    }

    @Test func aFolderWalkCountsTheFilesItSkipsByExtension() throws {
        let folder = try FormatFixtures.folder(with: ["wire.rss", "notes.md"])
        for name in ["a.pdf", "b.pdf", "c.png"] { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let store = try StoreFixtures.small()
        let summary = store.importFiles([folder.path], options: .init(workers: 0))
        #expect(summary.imported.count == 3)
        #expect(summary.skippedFiles == [".pdf": 2, ".png": 1])
        #expect(summary.succeeded)
    }

    @Test func aFileWithoutExtensionNamedExplicitlyIsSniffed() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("feed").path
        try FormatFixtures.data("desk.atom").write(to: URL(fileURLWithPath: path))
        let store = try StoreFixtures.small()
        #expect(store.importFiles([path], options: .init(workers: 0)).imported.count == 2)
    }

    @Test func aThinBodyFromALongPageIsStoredWithAWarning() throws {
        let filler = String(
            repeating: "<li><a href=\"/x\">Another headline somewhere on the site today</a></li>", count: 60)
        let page = """
            <!DOCTYPE html><html><head><title>Short note on a long page</title></head><body>
            <nav><ul>\(filler)</ul></nav><article><p>Only a caption survived here, nothing more of the story.</p></article>
            </body></html>
            """
        let store = try StoreFixtures.small()
        let summary = store.importFiles([try StoreFixtures.file("thin.html", page)], options: .init(workers: 0))
        let note = try #require(summary.imported.first?.note)
        #expect(note.hasPrefix("body is only ") && note.hasSuffix("stored anyway"))
    }
}
