/// Makes the benchmark corpus: article `n` of a seed is always the same text, whatever else was
/// generated before it (each article has its own generator, seeded from the corpus seed and `n`),
/// so corpora of different sizes share their first articles and generation needs no memory of
/// earlier articles.
///
/// The text has what newsq's extractors look for: real place names from the gazetteer (populous
/// places more often), countries, people, and dated phrases ("on March 3, 2019", "last Tuesday",
/// "in June 2018") near the publication date, which is spread over 2010–2024.
struct ArticleGenerator: Sendable {
    let ingredients: CorpusIngredients
    let seed: UInt64
    private let wordRanks: ZipfSampler
    private let placeRanks: ZipfSampler

    static let sources = ["The Daily Bench", "Morning Ledger", "Harbour Herald", "Evening Wire", "Capital Courier"]
    static let sections = ["World", "Politics", "Business", "Middle East", "Europe", "Africa", "Asia"]
    /// Publication dates fall in 2010-01-01 ..< 2025-01-01.
    static let firstDay = CivilDate.days(year: 2010, month: 1, day: 1)
    static let dayCount = CivilDate.days(year: 2025, month: 1, day: 1) - firstDay

    /// A generator over `ingredients`; `seed` picks the corpus.
    init(ingredients: CorpusIngredients, seed: UInt64) {
        self.ingredients = ingredients
        self.seed = seed
        wordRanks = ZipfSampler(count: ingredients.words.count, exponent: 1.0)
        placeRanks = ZipfSampler(count: ingredients.places.count, exponent: 0.9)
    }

    /// Article `number` (1-based) of this corpus.
    func article(_ number: Int) -> GeneratedArticle {
        var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x2545_F491_4F6C_DD1D)
        let day = Self.firstDay + random.below(Self.dayCount)
        let date = CivilDate(daysSinceEpoch: day)
        let published =
            "\(date.iso)T\(CivilDate.twoDigits(random.below(24))):\(CivilDate.twoDigits(random.below(60))):00Z"
        // 300–2,500 words, most of them short: a square skews towards the low end.
        let target = 300 + Int(2_200 * random.unit() * random.unit())
        var paragraphs: [String] = []
        var written = 0
        while written < target {
            var sentences: [String] = []
            for _ in 0..<random.within(2...5) {
                let sentence = self.sentence(&random, publishedDay: day)
                written += sentence.split(separator: " ").count
                sentences.append(sentence)
                if written >= target { break }
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        let place = self.place(&random)
        let title = Self.capitalised(
            "\(words(&random, count: random.within(3...6))) in \(place) \(words(&random, count: random.within(1...3)))")
        return GeneratedArticle(
            number: number, title: title, author: person(&random), source: random.pick(Self.sources),
            section: random.pick(Self.sections), publishedAt: published, paragraphs: paragraphs)
    }

    /// One sentence: one in five is a template with places, people and a date; the rest are
    /// frequency-drawn words, some with a place.
    private func sentence(_ random: inout SplitMix64, publishedDay: Int) -> String {
        if random.chance(0.2) {
            let date = datePhrase(&random, publishedDay: publishedDay)
            let text: String
            switch random.below(6) {
            case 0:
                text =
                    "\(person(&random)), a spokesman for the ministry in \(place(&random)), said \(date) that "
                    + words(&random, count: random.within(5...12))
            case 1:
                text = "fighting near \(place(&random)) \(date) left " + words(&random, count: random.within(4...10))
            case 2:
                text =
                    "the prime minister of \(random.pick(ingredients.countries)) visited \(place(&random)) \(date), "
                    + words(&random, count: random.within(4...10))
            case 3:
                text =
                    "\(date), officials in \(place(&random)) and \(place(&random)) said "
                    + words(&random, count: random.within(5...12))
            case 4:
                text =
                    "residents of \(place(&random)) told reporters that "
                    + words(&random, count: random.within(5...12)) + " \(date)"
            default:
                text = "\(person(&random)) said the talks in \(place(&random)) would resume after the meeting \(date)"
            }
            return Self.capitalised(text) + "."
        }
        var text = words(&random, count: random.within(8...24))
        if random.chance(0.15) { text += " in \(place(&random))" }
        return Self.capitalised(text) + "."
    }

    /// A dated phrase a reader resolves against the publication day.
    private func datePhrase(_ random: inout SplitMix64, publishedDay: Int) -> String {
        let day = CivilDate(daysSinceEpoch: publishedDay - random.below(700) + 30)
        let month = CivilDate.monthNames[day.month - 1]
        switch random.below(5) {
        case 0: return "on \(month) \(day.day), \(day.year)"
        case 1: return "in \(month) \(day.year)"
        case 2:
            return "last "
                + CivilDate.weekdayNames[CivilDate.weekday(daysSinceEpoch: publishedDay - 1 - random.below(6))]
        case 3: return "on " + CivilDate.weekdayNames[random.below(7)]
        default: return "in \(day.year)"
        }
    }

    private func words(_ random: inout SplitMix64, count: Int) -> String {
        (0..<count).map { _ in ingredients.words[wordRanks.sample(&random)] }.joined(separator: " ")
    }

    private func place(_ random: inout SplitMix64) -> String {
        ingredients.places[placeRanks.sample(&random)]
    }

    private func person(_ random: inout SplitMix64) -> String {
        "\(random.pick(ingredients.firstNames)) \(random.pick(ingredients.lastNames))"
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
