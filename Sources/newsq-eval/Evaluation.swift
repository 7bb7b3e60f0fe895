import Foundation
import NewsStore

/// One run over the corpus: every page set, WikiWars and the CLIFF texts.
struct Evaluation {
    var corpus: URL
    /// How many top places the report lists.
    var topPlaces = 40
    /// Whether to keep each wrong title and author set (`--failures`).
    var listMisses = false

    /// Scores everything; `progress` gets one line per part, for stderr.
    /// - Throws: `CorpusFiles.Failure` when the corpus is missing or malformed.
    func run(progress: (String) -> Void) throws -> EvaluationReport {
        let started = Date()
        var tally = PlaceTally()
        var sets: [PageScores] = []
        var total = PageScores(set: "total")
        for set in PageSet.allCases {
            let folder = corpus.appendingPathComponent("html/\(set.rawValue)")
            var scores = PageScores(set: set.rawValue)
            if listMisses { scores.misses = [] }
            for page in try ExpectedPage.pages(of: set, in: folder) {
                let data = try CorpusFiles.gunzip(page.file)
                let extracted = try? NewsStore.extract(data, origin: page.file.lastPathComponent)
                scores.add(page, article: extracted?.article)
                if let extracted { tally.add(extracted.places) }
            }
            progress("\(set.rawValue): \(scores.pages) pages")
            sets.append(scores)
            total.add(scores)
        }

        var dates = DateScores()
        let wikiwars = corpus.appendingPathComponent("dates/wikiwars")
        for name in try CorpusFiles.names(in: wikiwars, suffix: ".tml") {
            let url = wikiwars.appendingPathComponent("\(name).tml")
            dates.add(try TimeMLDocument(String(decoding: try CorpusFiles.read(url), as: UTF8.self), path: url.path))
        }
        progress("wikiwars: \(dates.documents) documents")

        var cliff = PlaceTally()
        let texts = corpus.appendingPathComponent("text/cliff")
        let cliffNames = try CorpusFiles.names(in: texts, suffix: ".txt")
        for name in cliffNames {
            let url = texts.appendingPathComponent("\(name).txt")
            guard let extracted = try? NewsStore.extract(try CorpusFiles.read(url), origin: url.lastPathComponent)
            else { continue }
            cliff.add(extracted.places)
            tally.add(extracted.places)
        }
        progress("cliff: \(cliffNames.count) texts")

        let corpusPlaces = tally.summary
        let cliffPlaces = cliff.summary
        return EvaluationReport(
            seconds: Date().timeIntervalSince(started), pages: sets + [total], dates: dates,
            cliffTexts: cliffNames.count, cliffPlaces: cliffPlaces.places, cliffMentions: cliffPlaces.mentions,
            corpusPlaces: corpusPlaces.places, corpusMentions: corpusPlaces.mentions,
            resolvedWithPoint: corpusPlaces.resolvedWithPoint, topPlaces: tally.top(topPlaces))
    }
}
