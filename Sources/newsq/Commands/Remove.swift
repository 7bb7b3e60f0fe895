import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq rm`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Remove articles with their mentions, events and the authors and places only they used.",
            discussion: """
                By id: newsq rm 12 13. By filter, as articles and search take them: newsq rm --where --source Blog \
                prints what it would remove; add --yes to remove it. All or nothing: an unknown id removes nothing.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("Ids of the articles to remove.", valueName: "id"))
        var ids: [Int] = []

        @Flag(name: .customLong("where"), help: "Remove the articles the filters below select instead of ids.")
        var selecting = false

        @Flag(help: "Really remove what --where selects (without it, only list it).")
        var yes = false

        @Option(help: ArgumentHelp("With --where: only articles matching this search.", valueName: "query"))
        var query: String?

        @OptionGroup var filters: ArticleSelectionOptions

        /// The articles the filters select.
        func selection() throws -> ArticleSelection {
            try filters.selection(query: query)
        }

        func validate() throws {
            let filtered = try !selection().selectsEverything
            if selecting {
                guard ids.isEmpty else { throw ValidationError("give ids or --where with filters, not both") }
                guard filtered else {
                    throw ValidationError(
                        "--where needs a filter (--query, --since, --until, --undated, --place, --author, --source)")
                }
            } else {
                guard !ids.isEmpty else { throw ValidationError("give the ids of the articles to remove, or --where") }
                guard !filtered else { throw ValidationError("filters select articles only with --where") }
            }
        }

        func run() throws {
            try CommandRunner.run {
                let store = try database.open(.existing)
                let chosen = selecting ? try store.articleIDs(try selection()) : ids
                if selecting && chosen.isEmpty {
                    Console.note("no article matches; nothing removed")
                    return
                }
                if selecting && !yes {
                    try list(chosen, store)
                    Console.note(
                        "would remove \(Self.articles(chosen.count)); nothing removed: add --yes to remove them")
                    throw ExitCode.failure
                }
                let removed = try store.removeArticles(ids: chosen)
                Console.out(
                    "removed \(Self.articles(removed.articleIDs.count)) (\(removed.mentions) mentions, "
                        + "\(removed.events) events); \(removed.authors) authors and \(removed.places) places "
                        + "no longer used\n")
            }
        }

        /// The first selected articles, one line each, then how many more.
        private func list(_ ids: [Int], _ store: NewsStore) throws {
            var text = ""
            for id in ids.prefix(20) {
                let article = try store.article(id: id).article
                text += "\(id)\t\(article.publishedAt?.iso.prefix(10) ?? "-")\t\(article.title)\n"
            }
            if ids.count > 20 { text += "… and \(ids.count - 20) more\n" }
            Console.out(text)
        }

        private static func articles(_ count: Int) -> String {
            "\(count.formatted()) article\(count == 1 ? "" : "s")"
        }
    }
}
