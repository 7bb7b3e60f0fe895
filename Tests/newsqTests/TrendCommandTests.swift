import Foundation
import Testing

@testable import newsq

/// `newsq trend` as a user runs it: the table, CSV and JSON say the same, each period agrees with
/// `search --count` over its days, and the chart has one point per period and query.
@Suite(.serialized) struct TrendCommandTests {
    func sample(_ arguments: [String]) throws -> CLIEndToEndTests.Run {
        try CLIEndToEndTests(home: try CLIEndToEndTests.sampleHome.get()).newsq(arguments)
    }

    @Test func eachPeriodAgreesWithSearchCountAndEveryFormatSaysTheSame() throws {
        let json = try sample(["trend", "mosul", "--by", "month", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            let period = try #require(row["period"] as? String)
            let count = try sample(["search", "mosul", "--count", "--since", period, "--until", period])
            #expect(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(row["matches"] ?? "")")
        }
        let csv = try sample(["trend", "mosul", "--by", "month", "--format", "csv"])
        let lines = csv.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.first == "period,matches,total,share")
        #expect(lines.count == rows.count + 1)
        for (line, row) in zip(lines.dropFirst(), rows) {
            #expect(line.hasPrefix("\(row["period"] ?? ""),\(row["matches"] ?? ""),\(row["total"] ?? ""),"))
        }
    }

    @Test func severalQueriesAreSideBySideAndTheChartHasAPointForEach() throws {
        let json = try sample(["trend", "mosul", "raqqa OR dabiq", "--by", "year", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let keys = Set(rows.first?.keys.map { $0 } ?? [])
        #expect(keys == ["period", "total", "mosul", "mosul share", "raqqa OR dabiq", "raqqa OR dabiq share"])
        let svg = try sample(["trend", "mosul", "raqqa OR dabiq", "--by", "year", "--format", "svg"])
        let points = try PictureTests.Marks(svg.stdout, kind: "point")
        #expect(points.marks.count == rows.count * 2)
        #expect(points.marks.allSatisfy { $0.title.contains(" of ") })
    }

    @Test func mistakesGetOneLineThatSaysWhatToDo() throws {
        let twice = try sample(["trend", "mosul", "mosul"])
        #expect(twice.status == 64 && twice.stderr.contains("twice"))
        let period = try sample(["trend", "mosul", "--by", "fortnight"])
        #expect(period.status == 64 && period.stderr.contains("--by"))
        let none = try sample(["trend"])
        #expect(none.status == 64)
    }
}
