import Foundation
import Testing

@testable import NewsStore

/// Folders are walked one listing at a time, and still in the order of their sorted paths.
@Suite struct ImportSourceTests {
    @Test func aWalkedFolderGivesItsArticleFilesInSortedPathOrder() throws {
        let root = try TestSupport.temporaryFolder()
        let files = [
            "a.txt", "a-b.txt", "a/x.html", "a/b/c.txt", "a0.txt", "b/z.htm", "B.TXT", "c/.hidden.txt",
            ".skipped/d.txt", "notes.md", "a/b.text", "scan.pdf",
        ]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let (inputs, failures) = ImportSource.expand([root.path + "/", "-", root.appendingPathComponent("gone").path])
        let expected = [
            "B.TXT", "a-b.txt", "a.txt", "a/b.text", "a/b/c.txt", "a/x.html", "a0.txt", "b/z.htm", "notes.md",
        ]
        #expect(expected == expected.sorted())
        #expect(inputs == expected.map { .file(root.path + "/" + $0) } + [.standardInput])
        #expect(failures.map(\.reason) == ["no such file or folder"])
    }

    @Test func aWalkedFolderNamesTheFilesItSkipsInsteadOfDroppingThem() throws {
        let root = try TestSupport.temporaryFolder()
        for file in ["a.txt", "b.pdf", "c.jsonl.gz", "README"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        let walked = Array(ImportSource(paths: [root.path]))
        #expect(
            walked == [
                .skipped(root.path + "/README"), .file(root.path + "/a.txt"), .skipped(root.path + "/b.pdf"),
                .file(root.path + "/c.jsonl.gz"),
            ])
    }

    @Test func theWalkIsLazyAndSeesAFileAddedToALaterFolderWhileWalking() throws {
        let root = try TestSupport.temporaryFolder()
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: root.appendingPathComponent("\(folder)/1.txt"))
        }
        var walk = ImportSource(paths: [root.path]).makeIterator()
        #expect(walk.next() == .file(root.path + "/a/1.txt"))
        // Folder b is listed only when the walk reaches it.
        try Data("x".utf8).write(to: root.appendingPathComponent("b/2.txt"))
        #expect(walk.next() == .file(root.path + "/b/1.txt"))
        #expect(walk.next() == .file(root.path + "/b/2.txt"))
        #expect(walk.next() == nil)
    }
}
