/// `trend --format svg`: matching articles per period as one line per query, with a legend.
/// Every period of every query gets one mark with class `point` (`data-period`, `data-query`);
/// its `<title>` says "2016-10 · mosul: 5 of 12 articles (41.7 %)".
struct TrendChart {
    var series: TrendSeries
    var width = 960.0
    var height = 360.0

    private static let left = 56.0
    private static let right = 20.0
    private static let top = 44.0
    private static let bottom = 48.0
    private static let palette = ["#b2182b", "#2166ac", "#1b7837", "#e08214", "#762a83", "#4d4d4d"]

    /// The SVG document.
    func render() -> String {
        var svg = SVGWriter(width: width, height: height)
        svg.style(Self.css)
        let plotWidth = width - Self.left - Self.right
        let plotHeight = height - Self.top - Self.bottom
        let count = series.periods.count
        let maximum = max(1, series.matches.flatMap { $0 }.max() ?? 1)
        let step = Self.niceStep(for: maximum)
        let ceiling = ((maximum + step - 1) / step) * step
        func x(_ index: Int) -> Double {
            count <= 1 ? Self.left + plotWidth / 2 : Self.left + Double(index) / Double(count - 1) * plotWidth
        }
        func y(_ value: Int) -> Double { Self.top + plotHeight - Double(value) / Double(ceiling) * plotHeight }

        // Legend.
        var legendX = Self.left
        for (index, query) in series.queries.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            svg.element(
                "rect",
                [
                    "x": .number(legendX), "y": .number(14), "width": .number(12), "height": .number(12),
                    "fill": .text(colour),
                ])
            svg.text(query, ["class": .text("legend"), "x": .number(legendX + 16), "y": .number(24)])
            legendX += 40 + 7 * Double(query.count)
        }
        // Grid and y axis.
        svg.group(["class": .text("grid")]) { svg in
            var value = 0
            while value <= ceiling {
                svg.element(
                    "line",
                    [
                        "x1": .number(Self.left), "y1": .number(y(value)), "x2": .number(width - Self.right),
                        "y2": .number(y(value)),
                    ])
                svg.text(String(value), ["x": .number(Self.left - 6), "y": .number(y(value) + 4)])
                value += step
            }
        }
        // x labels: about twelve at most.
        svg.group(["class": .text("periods")]) { svg in
            let every = max(1, (count + 11) / 12)
            for index in stride(from: 0, to: count, by: every) {
                svg.text(series.periods[index], ["x": .number(x(index)), "y": .number(height - Self.bottom + 18)])
            }
        }
        for (query, name) in series.queries.enumerated() {
            let colour = Self.palette[query % Self.palette.count]
            let points = series.periods.indices.map {
                "\(SVGWriter.format(x($0))),\(SVGWriter.format(y(series.matches[query][$0])))"
            }
            svg.element(
                "polyline",
                ["class": .text("line"), "stroke": .text(colour), "points": .text(points.joined(separator: " "))])
            svg.group(["fill": .text(colour)]) { svg in
                for index in series.periods.indices {
                    svg.element(
                        "circle",
                        [
                            "class": .text("point"), "data-period": .text(series.periods[index]),
                            "data-query": .text(String(query)), "cx": .number(x(index)),
                            "cy": .number(y(series.matches[query][index])), "r": .number(3.5),
                        ], title: tooltip(query: query, name: name, period: index))
                }
            }
        }
        svg.text(
            "Articles matching per period; the tooltip gives the share of all articles.",
            ["class": .text("credit"), "x": .number(width - 6), "y": .number(height - 8)])
        return svg.finish(title: "Coverage of \(series.queries.joined(separator: ", ")) over time")
    }

    private func tooltip(query: Int, name: String, period: Int) -> String {
        let matches = series.matches[query][period]
        let total = series.totals[period]
        let share = series.share(query: query, period: period).map { " (\(SVGWriter.format($0 * 100)) %)" } ?? ""
        return "\(series.periods[period]) · \(name): \(matches) of \(total) article\(total == 1 ? "" : "s")\(share)"
    }

    /// A step of 1, 2 or 5 times a power of ten giving at most about six grid lines.
    static func niceStep(for maximum: Int) -> Int {
        var power = 1
        while true {
            for factor in [1, 2, 5] where maximum / (factor * power) <= 5 { return factor * power }
            power *= 10
        }
    }

    private static let css = """
        svg{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:12px}\
        .legend{fill:#222}.grid line{stroke:#e3e3e3}.grid text{fill:#555;text-anchor:end;font-size:11px}\
        .periods text{fill:#444;text-anchor:middle;font-size:11px}.line{fill:none;stroke-width:2}\
        .point{stroke:#fff;stroke-width:1}.credit{fill:#777;font-size:10px;text-anchor:end}
        """
}
