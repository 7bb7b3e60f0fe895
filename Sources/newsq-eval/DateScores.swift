import NewsStore

/// newsq's date expressions against WikiWars: gold calendar expressions (a year, month or day
/// value) found with the right value, and how many of newsq's resolved expressions are right.
struct DateScores: Codable {
    var documents = 0
    /// Gold expressions with a calendar value that a newsq expression overlaps with that value.
    var recall = Ratio()
    /// newsq expressions that overlap a gold expression with the same value.
    var precision = Ratio()
    /// Gold calendar expressions overlapped by a newsq expression of another value.
    var wrongValue = 0

    /// Scores one document, resolving against its creation day as newsq resolves against the
    /// publication day.
    mutating func add(_ document: TimeMLDocument) {
        documents += 1
        let reference = document.creationDay.flatMap { CalendarDay(iso: $0) }
        let found = DateExpressionProbe.expressions(in: document.text, publishedOn: reference)
        func overlaps(_ gold: TimeMLDocument.Timex, _ ours: DateExpressionProbe.Found) -> Bool {
            ours.start < gold.end && gold.start < ours.end
        }
        for gold in document.timexes where gold.isCalendarValue {
            let touching = found.filter { overlaps(gold, $0) }
            let right = touching.contains { $0.date.label == gold.value }
            recall.count(right)
            if !right && !touching.isEmpty { wrongValue += 1 }
        }
        for ours in found {
            precision.count(document.timexes.contains { overlaps($0, ours) && $0.value == ours.date.label })
        }
    }
}
