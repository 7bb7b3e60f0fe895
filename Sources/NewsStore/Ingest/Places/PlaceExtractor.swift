/// Finds the places an article names, in one pass over each field's words: capitalised windows
/// of one to four words are looked up in the gazetteer index's dictionary (never a loop over
/// all names), homonyms are settled by the article's countries and demonyms, by nearness to its
/// other places and by population, and names the gazetteer lacks become places known by name
/// when the text says what they are ("the village of Bedene", "Mount Zardak", "the Khazer
/// frontline"). Person names, common words and acronyms are refused.
///
/// ```swift
/// let places = PlaceExtractor(index: try GazetteerIndex.shipped()).places(in: article)
/// ```
struct PlaceExtractor {
    let index: GazetteerIndex

    init(index: GazetteerIndex) {
        self.index = index
    }

    /// One field, split into words and sentences, with person-name words marked.
    struct FieldScan {
        var field: ArticleField
        var scalars: [Unicode.Scalar]
        var sentences: [SentenceSplitter.Sentence]
        var tokens: [PlaceToken]
        var personTokens: Set<Int>

        func text(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range]))
        }

        func surface(_ tokens: Range<Int>) -> String {
            text(self.tokens[tokens.lowerBound].start..<self.tokens[tokens.upperBound - 1].end)
        }

        func sentence(containing offset: Int) -> SentenceSplitter.Sentence? {
            sentences.last { $0.start <= offset } ?? sentences.first
        }

        /// The folded word at `position`, or "" outside the field.
        func word(_ position: Int) -> String {
            tokens.indices.contains(position) ? PlaceNameKey.fold(tokens[position].text) : ""
        }
    }

    /// The places of an article, ordered by first mention (title, highlights, body, captions).
    func places(in article: CleanedArticle) -> [ExtractedPlace] {
        var surnames: Set<String> = []
        for author in article.authors { surnames.formUnion(nameKeys(lastWordOf: author.name)) }
        var scans: [FieldScan] = []
        for field in ArticleField.allCases {
            let text = article.text(of: field)
            let sentences = SentenceSplitter().sentences(in: text)
            var tokens = PlaceTokenizer().tokens(in: text, sentenceStarts: [])
            var sentenceIndex = 0
            var marked = -1
            for position in tokens.indices {
                while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex + 1].start <= tokens[position].start
                {
                    sentenceIndex += 1
                }
                if sentenceIndex != marked || tokens[position].gapBefore.contains(":") {
                    tokens[position].isSentenceStart = true
                    marked = sentenceIndex
                }
            }
            let persons = personTokens(in: tokens, scalars: Array(text.unicodeScalars), surnames: &surnames)
            scans.append(
                FieldScan(
                    field: field, scalars: Array(text.unicodeScalars), sentences: sentences, tokens: tokens,
                    personTokens: persons))
        }
        // A capitalised word the article also writes in lowercase ("Police" / "police") is an
        // ordinary word here; it is refused like a surname.
        var refused = surnames
        for scan in scans {
            for token in scan.tokens where !token.isCapitalised {
                let key = PlaceNameKey.fold(token.text)
                refused.insert(key)
                refused.insert(key + "s")
            }
        }
        var context = PlaceContext()
        var candidates: [PlaceCandidate] = []
        for scan in scans {
            candidates += self.candidates(in: scan, surnames: refused, context: &context)
        }
        return resolve(candidates, context: context)
    }

    /// Folded forms of the last word of a person's name ("al-Abadi" → "al abadi", "abadi").
    func nameKeys(lastWordOf name: String) -> [String] {
        guard let last = name.split(separator: " ").last else { return [] }
        let key = PlaceNameKey.fold(String(last))
        return [key, PlaceNameKey.withoutArticle(key)].compactMap { $0 }
    }

    /// Words that belong to person names: after a title ("Lt. Gen. Stephen Townsend", "Prime
    /// Minister Haider al-Abadi"), or a given name and what follows ("Donald Trump"). Their last
    /// words are added to `surnames`, so "Trump" alone is not a place either.
    func personTokens(in tokens: [PlaceToken], scalars: [Unicode.Scalar], surnames: inout Set<String>) -> Set<Int> {
        var persons: Set<Int> = []
        var position = 0
        while position < tokens.count {
            let key = PlaceNameKey.fold(tokens[position].text)
            let isTitle = PlaceVocabulary.titles.contains(key) && tokens[position].isCapitalised
            let isGiven = PlaceVocabulary.givenNames.contains(key) && tokens[position].isCapitalised
            guard isTitle || isGiven, position + 1 < tokens.count, tokens[position + 1].isCapitalised else {
                position += 1
                continue
            }
            if isGiven && !isTitle {
                // "Abu Dhabi" is a place, "Abu Bakr" a person.
                let pair = PlaceNameKey.fold(
                    String(String.UnicodeScalarView(scalars[tokens[position].start..<tokens[position + 1].end])))
                if !index.candidates(forKey: pair).isEmpty {
                    position += 2
                    continue
                }
                persons.insert(position)
            }
            var next = position + 1
            var last: Int?
            while next < tokens.count, tokens[next].isCapitalised, !tokens[next].isAllCaps {
                let gap = tokens[next].gapBefore
                let previousIsTitle = PlaceVocabulary.titles.contains(PlaceNameKey.fold(tokens[next - 1].text))
                guard gap == " " || (previousIsTitle && gap == ". ") else { break }
                if !PlaceVocabulary.titles.contains(PlaceNameKey.fold(tokens[next].text)) {
                    persons.insert(next)
                    last = next
                }
                next += 1
            }
            if let last { surnames.formUnion(nameKeys(lastWordOf: tokens[last].text)) }
            position = next
        }
        return persons
    }
}
