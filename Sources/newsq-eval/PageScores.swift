import NewsStore

/// The scores of one page set (or of all of them): each field against the set's ground truth.
struct PageScores: Codable {
    var set: String
    var pages = 0
    /// Pages newsq refused as unreadable (counted as empty bodies).
    var unreadable = 0
    /// Title equal to the expected one after white space is collapsed.
    var title = Ratio()
    /// The publication day (in the reference's offset when it gives one).
    var day = Ratio()
    /// The author set, case and space normalised, names split at "," and " and ".
    var authors = Ratio()
    var snippets = ExtractionScoring.SnippetCount()
    /// Sum of bag-of-words F1 over `bodyCompared` pages with a gold body.
    var bodyF1Sum = 0.0
    var bodyCompared = 0
    /// Bodies under `nearEmptyLimit` characters (unreadable pages included).
    var nearEmpty = 0
    /// Pages with a near-empty body, by name, for a look.
    var nearEmptyPages: [String] = []
    /// Wrong titles and author sets, when asked for (`--failures`); nil otherwise.
    var misses: [PageMiss]?

    static let nearEmptyLimit = 200

    /// Mean body F1, nil when no page had a gold body.
    var bodyF1: Double? { bodyCompared == 0 ? nil : bodyF1Sum / Double(bodyCompared) }

    /// Scores one page: `article` is nil when newsq refused it.
    mutating func add(_ expected: ExpectedPage, article: CleanedArticle?) {
        pages += 1
        if article == nil { unreadable += 1 }
        let body = article?.body ?? ""
        if body.count < Self.nearEmptyLimit {
            nearEmpty += 1
            nearEmptyPages.append(expected.name)
        }
        if let wanted = expected.title, !wanted.isEmpty {
            let found = ExtractionScoring.collapsedWhitespace(article?.title ?? "")
            let hit = found == ExtractionScoring.collapsedWhitespace(wanted)
            title.count(hit)
            if !hit { miss(expected, "title", wanted, found) }
        }
        if let wanted = expected.date, wanted.count >= 10 {
            let hit = article?.publishedAt.map {
                ExtractionScoring.sameDay(stored: $0.iso, zone: article?.publishedTimeZone, reference: wanted)
            }
            day.count(hit ?? false)
        }
        if let wanted = expected.authors {
            let names = article?.authors.map(\.name) ?? []
            let hit = ExtractionScoring.authorSet(names) == ExtractionScoring.authorSet(wanted)
            authors.count(hit)
            if !hit { miss(expected, "authors", wanted.joined(separator: " · "), names.joined(separator: " · ")) }
        }
        snippets.add(ExtractionScoring.snippets(body: body, with: expected.with, without: expected.without))
        if let gold = expected.body, !gold.isEmpty {
            bodyF1Sum += ExtractionScoring.bagOfWordsF1(found: body, gold: gold)
            bodyCompared += 1
        }
    }

    private mutating func miss(_ page: ExpectedPage, _ field: String, _ expected: String, _ found: String) {
        misses?.append(PageMiss(set: set, page: page.name, field: field, expected: expected, found: found))
    }

    /// Adds another set's scores (for the total row).
    mutating func add(_ other: PageScores) {
        pages += other.pages
        unreadable += other.unreadable
        title.add(other.title)
        day.add(other.day)
        authors.add(other.authors)
        snippets.add(other.snippets)
        bodyF1Sum += other.bodyF1Sum
        bodyCompared += other.bodyCompared
        nearEmpty += other.nearEmpty
        nearEmptyPages += other.nearEmptyPages.map { "\(other.set)/\($0)" }
    }
}
