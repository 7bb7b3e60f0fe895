import Foundation
import NewsStore
import Testing

@testable import newsq_bench

@Suite struct CorpusGeneratorTests {
    static let gazetteer = NewsqBench.sourceRoot + "/SampleData/gazetteer"
    /// Reading cities.txt takes seconds in a debug build: once for the suite.
    static let shared = Result { try CorpusIngredients(gazetteerFolder: gazetteer, seed: 7) }

    @Test func sameSeedWritesTheSameBytesForFiveArticles() throws {
        let ingredients = try Self.shared.get()
        let first = ArticleGenerator(ingredients: ingredients, seed: 7)
        let again = ArticleGenerator(
            ingredients: try CorpusIngredients(gazetteerFolder: Self.gazetteer, seed: 7), seed: 7)
        let other = ArticleGenerator(ingredients: ingredients, seed: 8)
        for number in 1...5 {
            #expect(HTMLPage.render(first.article(number)) == HTMLPage.render(again.article(number)))
            #expect(HTMLPage.jsonLine(first.article(number)) == HTMLPage.jsonLine(again.article(number)))
            #expect(HTMLPage.render(first.article(number)) != HTMLPage.render(other.article(number)))
        }
    }

    @Test func articlesHaveBetween300And2500Words() throws {
        let generator = ArticleGenerator(ingredients: try Self.shared.get(), seed: 1)
        for number in 1...20 {
            let words = generator.article(number).wordCount
            // The last sentence may run a few words past the target.
            #expect(words >= 300 && words <= 2_560, "article \(number) has \(words) words")
        }
    }

    @Test func aGeneratedPageImportsAsAnArticleWithPlacesAndEvents() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, _) = try NewsStore.createWithSampleData(at: folder.appendingPathComponent("news.sqlite").path)
        let article = ArticleGenerator(ingredients: try Self.shared.get(), seed: 3).article(1)
        let summary = try store.importArticle(Data(HTMLPage.render(article).utf8), origin: "article-1.html")
        let id = try #require(summary.imported.first?.articleID)
        let detail = try store.article(id: id)
        #expect(detail.article.title == article.title)
        #expect(!detail.places.isEmpty)
        #expect(!detail.events.isEmpty)
    }
}
