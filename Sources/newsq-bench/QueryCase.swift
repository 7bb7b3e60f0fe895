import NewsStore

/// One question asked three ways: the newsq command line, the sqlite3 CLI with the best SQL for
/// the same answer on the same database, and the NewsStore API inside the bench process.
struct QueryCase {
    /// The row label.
    let name: String
    /// Arguments after `newsq` (the database is added by the runner where `usesDatabase`).
    let newsqArguments: [String]
    /// Arguments after `sqlite3`: the database path is put first where `usesDatabase`.
    let sqlite: String
    let usesDatabase: Bool
    /// The same work through the library, or nil when there is no in-process counterpart.
    let inProcess: ((NewsStore) throws -> Void)?

    /// The query classes of issue 9, with terms chosen from the corpus ingredients: a rare word is
    /// a word far down the frequency ranks, so it appears in a few articles.
    static func all(rareWord: String, place: String, month: (from: String, to: String)) -> [QueryCase] {
        let since = "2018-01-01"
        let placeKey = place.lowercased()
        let placeFilter = """
            AND id IN (SELECT article_id FROM place_mention WHERE place_id IN \
            (SELECT id FROM place WHERE name_key = '\(placeKey)' \
            UNION SELECT place_id FROM place_name WHERE name_key = '\(placeKey)')) \
            AND id IN (SELECT id FROM article WHERE published_at >= '\(since)')
            """
        var cases: [QueryCase] = [
            search("rare word", [rareWord], match: "\"\(rareWord)\""),
            search("common word", ["said"], match: "\"said\""),
            search("two-word AND", ["government", "police"], match: "\"government\" AND \"police\""),
            search("phrase", ["\"prime minister\""], match: "\"prime minister\""),
            search("prefix", ["mos*"], match: "\"mos\"*"),
            search(
                "search + --place + --since", ["said", "--place", place, "--since", since], match: "\"said\"",
                extra: placeFilter,
                options: SearchOptions(since: CalendarDay(iso: since), place: place)),
        ]
        cases.append(
            QueryCase(
                name: "events of one month", newsqArguments: ["events", "--since", month.from, "--until", month.to],
                sqlite: SQLStatements.events(from: month.from, to: month.to), usesDatabase: true,
                inProcess: { store in
                    _ = try store.events(
                        EventFilter(
                            range: DateRange(from: CalendarDay(iso: month.from), to: CalendarDay(iso: month.to))))
                }))
        cases.append(
            QueryCase(
                name: "top places of one month",
                newsqArguments: ["run", "top-places", "--param", "from=\(month.from)", "--param", "to=\(month.to)"],
                sqlite: SQLStatements.topPlaces(from: month.from, to: month.to), usesDatabase: true,
                inProcess: { store in
                    _ = try store.runSavedQuery("top-places", parameters: ["from": month.from, "to": month.to])
                }))
        cases.append(
            QueryCase(
                name: "places --near \(place)", newsqArguments: ["places", "--near", place],
                sqlite: SQLStatements.placesNear(placeKey, km: 50), usesDatabase: true,
                inProcess: { store in _ = try store.places(PlaceFilter(near: place)) }))
        cases.append(
            QueryCase(
                name: "saved query articles-mentioning",
                newsqArguments: ["run", "articles-mentioning", "--param", "place=\(place)", "--timeout", "60"],
                sqlite: SQLStatements.articlesMentioning(placeKey), usesDatabase: true,
                inProcess: { store in
                    _ = try store.runSavedQuery("articles-mentioning", parameters: ["place": place], timeout: 60)
                }))
        cases.append(
            QueryCase(
                name: "--version vs select 1", newsqArguments: ["--version"], sqlite: "select 1", usesDatabase: false,
                inProcess: nil))
        return cases
    }

    /// A ranked top-20 search with snippets and the total count.
    private static func search(
        _ name: String, _ words: [String], match: String, extra: String = "", options: SearchOptions = SearchOptions()
    ) -> QueryCase {
        let text = words.prefix { !$0.hasPrefix("--") }.joined(separator: " ")
        return QueryCase(
            name: name, newsqArguments: ["search"] + words, sqlite: SQLStatements.search(match: match, extra: extra),
            usesDatabase: true, inProcess: { store in _ = try store.search(text, options) })
    }
}
