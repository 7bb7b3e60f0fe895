import ArgumentParser
import Foundation
import NewsStore

extension Newsq {
    /// `newsq copy --from A --to B [--append]`
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy every article with its authors, places, mentions and events, and the saved queries, "
                + "to another store.",
            discussion: """
                Either side is an SQLite file or a postgresql:// URL (with newsq built --traits PostgreSQL). \
                Articles travel as export records (newsq export), read a page at a time and written \
                \(Copy.batchSize) to a transaction, so nothing is extracted again; the counts of both stores \
                are compared at the end and printed. The target must hold no articles and no saved queries \
                unless --append (articles it has already are skipped by content). Examples: \
                newsq copy --from news.sqlite --to postgresql://newsq@db.local/news; \
                newsq copy --from postgresql://newsq@db.local/news --to back.sqlite.
                """)

        /// Export records written per call to the target (it commits every 256 of them).
        static let batchSize = 1_024

        @Option(
            name: .customLong("from"),
            help: ArgumentHelp("The store to read: a database file or a postgresql:// URL.", valueName: "path"),
            completion: .file())
        var source: String

        @Option(
            name: .customLong("to"),
            help: ArgumentHelp(
                "The store to write (made when missing): a file or a postgresql:// URL.", valueName: "path"),
            completion: .file())
        var target: String

        @Flag(help: "Add to a target that holds articles or saved queries already.")
        var append = false

        func validate() throws {
            guard Self.identity(source) != Self.identity(target) else {
                throw ValidationError("--from and --to name the same store")
            }
        }

        func run() throws {
            try CommandRunner.run {
                let from = try StoreEngine.open(source, access: .readOnly)
                let to = try StoreEngine.open(target, access: .create)
                let before = try to.statistics()
                guard append || (before.articles == 0 && before.savedQueries == 0) else {
                    throw NewsStoreError.invalidArgument(
                        name: "--to", value: StoreEngine.redacted(target),
                        reason: "it holds \(before.articles.formatted()) articles and \(before.savedQueries) saved "
                            + "queries already; copy into an empty store, or add --append")
                }
                var summary = ImportSummary()
                var batch: [Data] = []
                func flush() {
                    summary.merge(to.importExported(batch, origin: "copy"))
                    batch.removeAll(keepingCapacity: true)
                }
                try from.export { line in
                    batch.append(line)
                    if batch.count == Self.batchSize { flush() }
                }
                if !batch.isEmpty { flush() }
                var queries = 0
                var refused: [String] = []
                // A stored query has a creation time; the ones newsq ships (listed too) have none.
                // A stored copy of a shipped one stays behind: the target offers its own.
                let stored = try from.savedQueries().filter { $0.createdAt != nil }
                let shipped = stored.filter(NewsStore.isShippedUnchanged).count
                for query in stored where !NewsStore.isShippedUnchanged(query) {
                    do {
                        try to.saveQuery(query, replace: append)
                        queries += 1
                    } catch {
                        refused.append("\(query.name): \(error)")
                    }
                }
                try report(
                    summary: summary, queries: queries, shippedLeft: shipped, refused: refused, from: from, to: to,
                    before: before)
            }
        }

        /// Prints what was copied and both stores' counts; fails when an article or a query was
        /// not copied, or (into an empty store) when the counts differ. `shippedLeft` stored copies
        /// of the shipped queries stayed behind, so the source's query count is compared without them.
        private func report(
            summary: ImportSummary, queries: Int, shippedLeft: Int, refused: [String], from: NewsStore,
            to: NewsStore, before: Statistics
        ) throws {
            var source = try from.statistics()
            source.savedQueries -= shippedLeft
            let copied = try to.statistics()
            Console.out(
                "copied \(summary.imported.count.formatted()) articles"
                    + (summary.alreadyPresent.isEmpty
                        ? "" : " (\(summary.alreadyPresent.count.formatted()) there already)")
                    + " and \(queries) saved queries from \(StoreEngine.redacted(self.source)) to "
                    + "\(StoreEngine.redacted(target))\n"
                    + (shippedLeft == 0
                        ? ""
                        : "  (\(shippedLeft) shipped queries stored unchanged stay behind: every store has its own)\n")
                    + "  from: \(Self.counts(source))\n  to:   \(Self.counts(copied))\n")
            for failure in summary.failed.prefix(5) { Console.warn("not copied: \(failure.origin): \(failure.reason)") }
            for query in refused.prefix(5) { Console.warn("saved query not copied: \(query)") }
            if !summary.failed.isEmpty || !refused.isEmpty {
                throw NewsStoreError.invalidArgument(
                    name: "--to", value: StoreEngine.redacted(target),
                    reason: "\(summary.failed.count) articles and \(refused.count) saved queries were not copied")
            }
            let differ = before.articles == 0 && Self.compared(source) != Self.compared(copied)
            if differ {
                throw NewsStoreError.invalidArgument(
                    name: "--to", value: StoreEngine.redacted(target),
                    reason: "the copy's counts differ from the source's (see above)")
            }
        }

        /// The counts a copy into an empty store must reproduce.
        private static func compared(_ counts: Statistics) -> [Int] {
            [counts.articles, counts.authors, counts.mentionedPlaces, counts.events, counts.savedQueries]
        }

        private static func counts(_ counts: Statistics) -> String {
            "\(counts.articles.formatted()) articles, \(counts.authors.formatted()) authors, "
                + "\(counts.mentionedPlaces.formatted()) places mentioned, \(counts.events.formatted()) events, "
                + "\(counts.savedQueries) saved queries"
        }

        /// What tells two locations apart: a file's full path, a URL without its password.
        private static func identity(_ location: String) -> String {
            guard !StoreEngine.isServer(location) else { return StoreEngine.redacted(location).lowercased() }
            return URL(fileURLWithPath: location).standardizedFileURL.resolvingSymlinksInPath().path
        }
    }
}
