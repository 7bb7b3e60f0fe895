import ArgumentParser
import Foundation
import NewsStore

/// The filters that pick a set of articles for `export` and `rm --where`: a date range, undated
/// articles only, and a place, author or outlet. With search words the filters mean what they
/// mean for a search; without, what they mean for a listing of articles (`ArticleSelection`).
struct ArticleSelectionOptions: ParsableArguments {
    @OptionGroup var dates: DateRangeOptions

    @Flag(help: "Only articles with no publication date.")
    var undated = false

    @Option(help: ArgumentHelp("Only articles that mention this place (any of its names).", valueName: "name"))
    var place: String?

    @Option(help: ArgumentHelp("Only articles by this author.", valueName: "name"))
    var author: String?

    @Option(help: ArgumentHelp("Only articles from this source or outlet (case ignored).", valueName: "name"))
    var source: String?

    func validate() throws {
        if undated && (dates.since != nil || dates.until != nil) {
            throw ValidationError("--undated selects articles with no date: give it without --since or --until")
        }
    }

    /// The articles these filters and `query` (nil or blank: no search) select.
    func selection(query: String?) throws -> ArticleSelection {
        let range = try dates.range()
        let words = query?.trimmingCharacters(in: .whitespaces)
        return ArticleSelection(
            query: words?.isEmpty == false ? words : nil, since: range.from, until: range.to, undatedOnly: undated,
            place: place, author: author, source: source)
    }
}
