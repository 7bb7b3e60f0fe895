import Foundation
import Testing

@testable import NewsStore

/// Prints the places newsq finds most often over every page of `../shared/corpus/html` and the
/// CLIFF texts, to see people or organisations that became places. It reads about 1,100 pages,
/// so it runs only when asked: `NEWSQ_PLACE_SURVEY=1 swift test --filter PlaceCorpusSurveyTests`.
/// (The evaluation target will print this too; this stays a test so it is not duplicated into
/// Sources.)
@Suite struct PlaceCorpusSurveyTests {
    static let isRequested =
        ProcessInfo.processInfo.environment["NEWSQ_PLACE_SURVEY"] != nil && TestSupport.hasShared
        && FileManager.default.fileExists(atPath: "/bin/gzip")

    @Test(.enabled(if: isRequested, "set NEWSQ_PLACE_SURVEY=1 and provide ../shared/corpus"))
    func topPlacesOverTheCorpusArePrinted() throws {
        let extractor = PlaceExtractor(index: try StoreFixtures.shippedIndex.get())
        let reader = HTMLArticleReader()
        let html = TestSupport.shared.appendingPathComponent("corpus/html")
        var articles: [CleanedArticle] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: html.path).sorted() {
            let url = html.appendingPathComponent(folder)
            let pages = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for page in pages.sorted() where page.hasSuffix(".html.gz") {
                let data = try TestSupport.gunzip(url.appendingPathComponent(page))
                if let article = try? reader.read(data, origin: page) { articles.append(article) }
            }
        }
        articles += try cliffArticles().map(\.article)
        var mentions: [String: Int] = [:]
        var surfaces: [String: [String: Int]] = [:]
        for article in articles {
            for place in extractor.places(in: article) {
                let resolved = place.isResolved ? "" : "?"
                let label = "\(place.name)/\(place.kind)/\(place.countryCode ?? "-")\(resolved)"
                mentions[label, default: 0] += place.mentions.count
                for mention in place.mentions { surfaces[label, default: [:]][mention.surface, default: 0] += 1 }
            }
        }
        let top = mentions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(40)
        print("place survey over \(articles.count) articles, \(mentions.count) places")
        for (rank, entry) in top.enumerated() {
            let written = (surfaces[entry.key] ?? [:]).sorted { $0.value > $1.value }.prefix(3)
                .map { "\($0.key)×\($0.value)" }.joined(separator: " ")
            print("\(rank + 1)\t\(entry.value)\t\(entry.key)\t\(written)")
        }
        #expect(articles.count > 1_000)
    }
}
