import Foundation

/// What one evaluation found, as a table for people or JSON for tools.
struct EvaluationReport: Codable {
    var seconds: Double
    /// One row per page set, then the total.
    var pages: [PageScores]
    var dates: DateScores
    var cliffTexts: Int
    var cliffPlaces: Int
    var cliffMentions: Int
    var corpusPlaces: Int
    var corpusMentions: Int
    /// Resolved places (over pages and CLIFF texts) that have coordinates.
    var resolvedWithPoint: Ratio
    var topPlaces: [PlaceTally.Row]

    /// Pretty-printed JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The report as aligned text: the page table, the date line, the place lines.
    var table: String {
        var header = ["set", "pages", "title", "day", "authors", "with", "without", "body F1", "near-empty"]
        var rows: [[String]] = []
        for scores in pages {
            let with = Ratio(hits: scores.snippets.withFound, of: scores.snippets.withTotal)
            let without = Ratio(hits: scores.snippets.withoutAbsent, of: scores.snippets.withoutTotal)
            rows.append([
                scores.set, String(scores.pages), scores.title.cell, scores.day.cell, scores.authors.cell, with.cell,
                without.cell, scores.bodyF1.map { "\(Ratio.format($0)) (\(scores.bodyCompared))" } ?? "—",
                "\(scores.nearEmpty)" + (scores.unreadable > 0 ? " (\(scores.unreadable) unreadable)" : ""),
            ])
        }
        var lines = Self.align([header] + rows)
        lines.insert(String(repeating: "-", count: lines[0].count), at: 1)
        lines.insert(String(repeating: "-", count: lines[0].count), at: lines.count - 1)
        header = []
        lines.append("")
        lines.append(
            "dates (WikiWars, \(dates.documents) documents, resolved against each <DCT>): gold year/month/day "
                + "expressions found with the right value \(dates.recall.cell), precision \(dates.precision.cell), "
                + "found with another value \(dates.wrongValue)")
        lines.append(
            "places: CLIFF texts have no ground truth (\(cliffTexts) texts, \(cliffPlaces) places, "
                + "\(cliffMentions) mentions); over the corpus \(corpusPlaces) places, \(corpusMentions) mentions, "
                + "resolved places with a point \(resolvedWithPoint.cell)")
        lines.append("")
        var placeRows = [["#", "place", "kind", "country", "mentions", "articles", "as written", "point", "flag"]]
        for (rank, row) in topPlaces.enumerated() {
            placeRows.append([
                String(rank + 1), row.name, row.kind + (row.resolved ? "" : " (guessed)"), row.country ?? "",
                String(row.mentions), String(row.articles), row.surface, row.hasPoint ? "yes" : "no",
                row.knownNonPlace.map { "NOT A PLACE: \($0)" } ?? "",
            ])
        }
        lines += Self.align(placeRows)
        lines.append("")
        lines.append("scored in \(Int(seconds.rounded())) s")
        return lines.joined(separator: "\n")
    }

    /// Rows padded to common column widths (counted in characters).
    private static func align(_ rows: [[String]]) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column >= widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}
