#if PostgreSQL
    /// What the ranking pruning needs to know of a tsquery, read from the server's own text of it
    /// (`to_tsquery(…)::text`), so the answer is about the query PostgreSQL ranks, whatever the
    /// parser made of the words (a quoted word it splits becomes a phrase).
    ///
    /// `ts_rank` scores a query whose root is neither AND nor a phrase word by word
    /// (`calc_rank_or`): each operand's score depends only on that word's positions and weights
    /// in the document. A prefix operand sums over every word it matches, however many; an AND or
    /// a phrase sums over pairs of positions (`calc_rank_and`). Only the first kind has a bound
    /// from the title and highlights alone.
    ///
    /// ```swift
    /// TSQueryShape("'said' | 'told'").ranksWordByWord  // true
    /// TSQueryShape("'prime' <-> 'minister'").ranksWordByWord  // false
    /// ```
    struct TSQueryShape: Equatable {
        /// The operands as tsquery literals, without weights or prefix marks, each once.
        private(set) var words: [String] = []
        /// True when `ts_rank` scores the query word by word and no operand is a prefix or negated.
        private(set) var ranksWordByWord = false
        /// True when the GIN index of `search` answers the match without reading a row's vector:
        /// no phrase and no field (weight) to check.
        private(set) var indexAnswersExactly = false

        /// Reads PostgreSQL's text of a parsed tsquery: operands `'…'` (a quote doubled inside)
        /// with an optional `:*ABCD` label; operators `!`, `<->`, `<N>`, `&`, `|`; parentheses
        /// only where precedence needs them, so the root is the loosest operator outside them.
        init(_ text: String) {
            var depth = 0
            var rootOperators: Set<Character> = []
            var prefixed = false
            var weighted = false
            var phrased = false
            var negated = false
            var malformed = false
            var characters = Array(text)[...]
            while let character = characters.popFirst() {
                switch character {
                case "'":
                    var word = "'"
                    var closed = false
                    while let next = characters.popFirst() {
                        word.append(next)
                        if next == "'" {
                            if characters.first == "'" {
                                word.append("'")
                                characters.removeFirst()
                            } else {
                                closed = true
                                break
                            }
                        }
                    }
                    malformed = malformed || !closed
                    if characters.first == ":" {
                        characters.removeFirst()
                        while let label = characters.first, "*ABCDabcd".contains(label) {
                            prefixed = prefixed || label == "*"
                            weighted = weighted || label != "*"
                            characters.removeFirst()
                        }
                    }
                    if !words.contains(word) { words.append(word) }
                case "(": depth += 1
                case ")": depth -= 1
                case "!": negated = true
                case "&", "|", "<":
                    if depth == 0 { rootOperators.insert(character) }
                    if character == "<" {
                        phrased = true
                        while let next = characters.popFirst(), next != ">" {}
                    }
                case " ": break
                default: malformed = true
                }
            }
            let root: Character? = rootOperators.contains("|") ? "|" : rootOperators.first
            let wordByWordRoot = root == "|" || (root == nil && words.count == 1)
            let wellFormed = !malformed && depth == 0 && !words.isEmpty
            ranksWordByWord = wordByWordRoot && !prefixed && !negated && wellFormed
            indexAnswersExactly = !phrased && !weighted && wellFormed
        }

        /// Any of the words: what an article's title or highlights must hold for its rank to
        /// come from more than the body and captions.
        var anyWord: String { words.joined(separator: " | ") }
    }
#endif
