import ArgumentParser
import Foundation
import NewsStore

extension Newsq {
    /// `newsq backup FILE`
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database to a new file, safely, even while another newsq writes to it.",
            discussion: """
                The copy is one consistent snapshot (SQLite's online backup API), readable by you only. \
                An existing file is never overwritten. Example: newsq backup ~/backups/news-$(date +%F).sqlite
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The new file to write.", valueName: "file"), completion: Completions.path)
        var file: String

        func run() throws {
            try CommandRunner.run {
                let store = try database.open(.readOnly)
                let bytes = try store.backup(to: file)
                Console.out("backed up \(store.path) to \(file) (\(ByteSize.text(bytes)))\n")
            }
        }
    }
}
