import Foundation

/// What generated articles are made of: a ranked vocabulary, real place names from the shipped
/// gazetteer (populous places first), country names and person names. Read once from the source
/// tree's SampleData/gazetteer; the order of every list is fixed by the files and the seed.
struct CorpusIngredients: Sendable {
    /// Words by rank: the most frequent English words first, then the word list shuffled by the seed.
    let words: [String]
    /// Place names, the most mentioned first: news capitals, then the gazetteer's most populous places.
    let places: [String]
    /// Country names from countries.tsv.
    let countries: [String]
    /// Given names and family names for people and bylines.
    let firstNames: [String]
    let lastNames: [String]

    /// How many gazetteer places (by population) take part.
    static let placeCount = 3_000

    /// Reads the lists under `gazetteerFolder` (SampleData/gazetteer).
    /// - Throws: `BenchError.missingFile` when a list cannot be read.
    init(gazetteerFolder: String, seed: UInt64) throws {
        var random = SplitMix64(seed: seed ^ 0x5EED_0F_1157)
        var tail = try Self.lines(gazetteerFolder + "/english-words.txt").filter {
            $0.count >= 3 && $0.allSatisfy { $0.isASCII && $0.isLetter }
        }
        let head = Self.frequentWords
        let known = Set(head)
        tail.removeAll { known.contains($0) }
        for index in stride(from: tail.count - 1, to: 0, by: -1) {
            tail.swapAt(index, random.below(index + 1))
        }
        words = head + tail

        var populous: [(name: String, population: Int)] = []
        for line in try Self.lines(gazetteerFolder + "/cities.txt") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count > 14, let population = Int(columns[14]), population >= 100_000 else { continue }
            populous.append((String(columns[1]), population))
        }
        populous.sort { ($0.population, $1.name) > ($1.population, $0.name) }
        var seen = Set(Self.newsPlaces)
        var places = Self.newsPlaces
        for candidate in populous where places.count < Self.newsPlaces.count + Self.placeCount {
            if seen.insert(candidate.name).inserted { places.append(candidate.name) }
        }
        self.places = places

        countries = try Self.lines(gazetteerFolder + "/countries.tsv").compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            return columns.count > 2 ? String(columns[2]) : nil
        }
        firstNames = Self.givenNames
        lastNames = Self.familyNames
    }

    /// Non-empty lines that are not `#` comments.
    private static func lines(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError.missingFile(path) }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.hasPrefix("#") || line.isEmpty ? nil : String(line)
        }
    }

    /// The head of English word frequencies (function words and newsroom verbs), so "said" and
    /// "the" are as common as in real news text.
    static let frequentWords = """
        the of and to in a is that for it was on with he as said by at from his an be has have \
        are were which this but not they had their its after who been more also will would than \
        one two new people first year government last other about over into when some could there \
        officials police state president minister city country week told people security forces \
        month report years military local between against during under while since before many \
        most public time three four both where what because most least
        """.split(separator: " ").map(String.init)

    /// Places that news text names often; the queries of the benchmark use some of them.
    static let newsPlaces = [
        "Baghdad", "Mosul", "Damascus", "Kabul", "London", "Washington", "Paris", "Moscow", "Beijing", "Cairo",
        "Berlin", "Tokyo", "Istanbul", "Aleppo", "Tehran", "Beirut", "Nairobi", "Lagos", "Delhi", "Madrid",
    ]

    static let givenNames = [
        "Amira", "John", "Maria", "Ahmed", "Sarah", "David", "Fatima", "Michael", "Elena", "James", "Layla", "Robert",
        "Yusuf", "Anna", "Daniel", "Hana", "Thomas", "Sofia", "Omar", "Grace", "Peter", "Nadia", "Lucas", "Ines",
        "Samuel", "Leila", "Henry", "Chloe", "Karim", "Julia", "Victor", "Mei", "Ravi", "Olga", "Tariq", "Emma",
    ]

    static let familyNames = [
        "Hassan", "Smith", "Garcia", "Khan", "Johnson", "Nguyen", "Rahman", "Brown", "Petrov", "Miller", "Haddad",
        "Wilson", "Kowalski", "Moore", "Tanaka", "Taylor", "Said", "Anderson", "Rossi", "Thomas", "Okafor",
        "Martin", "Schmidt", "Lee", "Dubois", "Clark", "Ibrahim", "Lewis", "Costa", "Walker", "Yilmaz", "Hall",
    ]
}
