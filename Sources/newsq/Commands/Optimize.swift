import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq optimize`
    struct Optimize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "optimize",
            abstract: "Merge the search index and give free space back to the disk.",
            discussion: """
                Merges the full-text index, refreshes the query planner's statistics, drops stored copies of \
                shipped gazetteer places no article mentions (databases made by newsq 0.1 held the \
                whole gazetteer), and rewrites the \
                file without its free pages (VACUUM: needs as much free disk space as the database takes). \
                Says the size before and after.
                """)

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try CommandRunner.run {
                let store = try database.open(.existing)
                let summary = try store.optimize()
                let saved = summary.bytesBefore - summary.bytesAfter
                Console.out(
                    "optimized \(store.path): \(ByteSize.text(summary.bytesBefore)) → \(ByteSize.text(summary.bytesAfter))"
                        + (saved > 0 ? " (\(ByteSize.text(saved)) reclaimed)" : "")
                        + (summary.gazetteerPlacesDropped > 0
                            ? "; dropped \(summary.gazetteerPlacesDropped.formatted()) stored gazetteer places "
                                + "no article mentions (the shipped gazetteer image holds them)" : "") + "\n")
            }
        }
    }
}
