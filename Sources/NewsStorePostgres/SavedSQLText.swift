#if PostgreSQL
    /// A saved query's SQL with its named parameters (`:place`, as newsq's saved queries write
    /// them) turned into PostgreSQL's `$1, $2 …`, one number per name in order of first use. Text
    /// in quotes ('…', "…", $tag$…$tag$), comments and casts (`::text`) are left as they are.
    struct SavedSQLText {
        /// The SQL with `$n` placeholders.
        let sql: String
        /// The parameter names, `$1` first.
        let parameters: [String]

        init(_ source: String) {
            var output = ""
            var names: [String] = []
            let characters = Array(source)
            var index = 0
            func rest(from start: Int, upTo end: String) -> Int {
                let terminator = Array(end)
                var position = start
                while position < characters.count {
                    if characters[position] == terminator[0], position + terminator.count <= characters.count,
                        Array(characters[position..<position + terminator.count]) == terminator
                    {
                        return position + terminator.count
                    }
                    position += 1
                }
                return characters.count
            }
            while index < characters.count {
                let character = characters[index]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                var end = index + 1
                switch character {
                case "'": end = rest(from: index + 1, upTo: "'")
                case "\"": end = rest(from: index + 1, upTo: "\"")
                case "-" where next == "-": end = rest(from: index, upTo: "\n")
                case "/" where next == "*": end = rest(from: index + 2, upTo: "*/")
                case "$":
                    // A dollar quote: $$ or $tag$ (a tag starts with a letter or underscore).
                    var tagEnd = index + 1
                    while tagEnd < characters.count, characters[tagEnd].isLetter || characters[tagEnd] == "_" {
                        tagEnd += 1
                    }
                    if tagEnd < characters.count, characters[tagEnd] == "$" {
                        let tag = String(characters[index...tagEnd])
                        end = rest(from: tagEnd + 1, upTo: tag)
                    }
                case ":" where next == ":":
                    end = index + 2
                case ":" where next.map(Self.startsName) ?? false:
                    var nameEnd = index + 1
                    while nameEnd < characters.count, Self.continuesName(characters[nameEnd]) { nameEnd += 1 }
                    let name = String(characters[(index + 1)..<nameEnd])
                    if !names.contains(name) { names.append(name) }
                    output += "$\((names.firstIndex(of: name) ?? 0) + 1)"
                    index = nameEnd
                    continue
                default: break
                }
                output += String(characters[index..<end])
                index = end
            }
            sql = output
            parameters = names
        }

        private static func startsName(_ character: Character) -> Bool { character.isLetter || character == "_" }
        private static func continuesName(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_"
        }
    }
#endif
