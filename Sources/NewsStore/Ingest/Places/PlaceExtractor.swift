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
        /// Words of Title-Case lines ("ISIS Loses Mosul"), where capitals say nothing about names.
        var titleCaseTokens: Set<Int> = []

        func text(_ range: Range<Int>) -> String {
            String(scalars: scalars[range])
        }

        func surface(_ tokens: Range<Int>) -> String {
            text(self.tokens[tokens.lowerBound].start..<self.tokens[tokens.upperBound - 1].end)
        }

        func sentence(containing offset: Int) -> SentenceSplitter.Sentence? {
            sentences.last { $0.start <= offset } ?? sentences.first
        }

        /// The folded key of the words in `tokens` as the text writes them (see
        /// `PlaceExtractor.key(of:scalars:)`).
        func key(_ tokens: Range<Int>) -> String {
            PlaceExtractor.key(of: self.tokens[tokens], scalars: scalars)
        }

        /// The folded word at `position`, or "" outside the field.
        func word(_ position: Int) -> String {
            tokens.indices.contains(position) ? tokens[position].key : ""
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
            let scalars = Array(text.unicodeScalars)
            var tokens = PlaceTokenizer().tokens(in: scalars, sentenceStarts: [])
            var sentenceIndex = 0
            var marked = -1
            for position in tokens.indices {
                while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex + 1].start <= tokens[position].start
                {
                    sentenceIndex += 1
                }
                if sentenceIndex != marked || Self.hasColon(tokens[position].gapBefore) {
                    tokens[position].isSentenceStart = true
                    marked = sentenceIndex
                }
            }
            markDateline(&tokens)
            let titleCase = titleCaseTokens(tokens, sentences: sentences)
            var persons = personTokens(in: tokens, scalars: scalars, titleCase: titleCase, surnames: &surnames)
            persons.formUnion(speakerTokens(in: tokens, surnames: &surnames))
            scans.append(
                FieldScan(
                    field: field, scalars: scalars, sentences: sentences, tokens: tokens, personTokens: persons,
                    titleCaseTokens: titleCase))
        }
        // A capitalised word the article also writes in lowercase ("Police" / "police") is an
        // ordinary word here; it is refused like a surname.
        var refused = surnames
        var lowercaseKeys: Set<String> = []
        let tokenCount = scans.reduce(0) { $0 + $1.tokens.count }
        lowercaseKeys.reserveCapacity(tokenCount)
        refused.reserveCapacity(surnames.count + 2 * tokenCount)
        for scan in scans {
            for token in scan.tokens where !token.isCapitalised {
                // Each word once: most lowercase words repeat ("the", "said"), and the plural key
                // is a new string every time.
                guard lowercaseKeys.insert(token.key).inserted else { continue }
                refused.insert(token.key)
                refused.insert(token.key + "s")
            }
        }
        var context = PlaceContext()
        var candidates: [PlaceCandidate] = []
        for scan in scans {
            candidates += self.candidates(in: scan, surnames: refused, context: &context)
        }
        return resolve(candidates, context: context)
    }
}
