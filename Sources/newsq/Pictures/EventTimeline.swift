import NewsStore

/// `events --format svg`: events on a time axis. Every event gets one mark with class `event`
/// and its id in `data-id`: day events are dots in the top lane (several on one day stack
/// upwards), month, year and approximate events are bars over the days they can mean, each
/// precision in its own band of lanes so overlapping spans never hide each other. Each mark's
/// `<title>` is the tooltip: the date, the words that gave it and the sentence they came from.
struct EventTimeline {
    var events: [Event]
    var width = 960.0

    private static let left = 110.0
    private static let right = 20.0
    private static let laneHeight = 14.0

    /// The SVG document.
    func render() -> String {
        guard let bounds = range else {
            var svg = SVGWriter(width: width, height: 60)
            svg.style(Self.css)
            svg.text("No events", ["class": .text("heading"), "x": .number(8), "y": .number(30)])
            return svg.finish(title: "Timeline of 0 events")
        }
        let (first, last) = bounds
        let days = Double(max(1, first.days1970Span(to: last)))
        let plotWidth = width - Self.left - Self.right
        func x(_ day: CalendarDay) -> Double { Self.left + Double(first.days1970Span(to: day)) / days * plotWidth }

        let dayEvents = events.filter { $0.date.precision == .day }
        let bands: [(String, [Event])] = [
            ("months", events.filter { $0.date.precision == .month }),
            ("years", events.filter { $0.date.precision == .year }),
            ("approximate", events.filter { $0.date.precision == .approximate }),
        ].filter { !$0.1.isEmpty }

        // Day dots: stacked per day, at most 6 high (then they overlap).
        var stackHeight: [CalendarDay: Int] = [:]
        var dotRows = 1
        for event in dayEvents {
            stackHeight[event.date.start, default: 0] += 1
            dotRows = max(dotRows, min(6, stackHeight[event.date.start] ?? 1))
        }
        var y = 34.0
        let dotTop = y
        y += Double(dotRows) * 10 + 14
        var bandLanes: [(name: String, top: Double, lanes: [[Event]])] = []
        for (name, list) in bands {
            let lanes = Self.lanes(list)
            bandLanes.append((name, y, lanes))
            y += Double(lanes.count) * Self.laneHeight + 14
        }
        let axisY = y
        var svg = SVGWriter(width: width, height: axisY + 44)
        svg.style(Self.css)
        let earliest = events.map(\.date.start).min() ?? first
        let latest = events.map(\.date.end).max() ?? last
        svg.text(
            "\(events.count) event\(events.count == 1 ? "" : "s"), \(earliest.iso) to \(latest.iso)",
            ["class": .text("heading"), "x": .number(8), "y": .number(18)])
        if !dayEvents.isEmpty {
            svg.text(
                "days", ["class": .text("lane"), "x": .number(8), "y": .number(dotTop + Double(dotRows) * 10 - 2)])
        }
        svg.group(["class": .text("days")]) { svg in
            var placed: [CalendarDay: Int] = [:]
            for event in dayEvents {
                let level = placed[event.date.start, default: 0]
                placed[event.date.start] = level + 1
                let cy = dotTop + Double(dotRows) * 10 - 5 - Double(min(level, 5)) * 10
                svg.element(
                    "circle",
                    [
                        "class": .text("event day"), "data-id": .text(String(event.id)),
                        "cx": .number(x(event.date.start)),
                        "cy": .number(cy), "r": .number(4),
                    ], title: Self.tooltip(event))
            }
        }
        for band in bandLanes {
            svg.text(band.name, ["class": .text("lane"), "x": .number(8), "y": .number(band.top + 10)])
            svg.group(["class": .text(band.name)]) { svg in
                for (index, lane) in band.lanes.enumerated() {
                    for event in lane {
                        let start = x(event.date.start)
                        let end = x(event.date.end.adding(days: 1))
                        svg.element(
                            "rect",
                            [
                                "class": .text("event span " + event.date.precision.rawValue),
                                "data-id": .text(String(event.id)), "x": .number(start),
                                "y": .number(band.top + Double(index) * Self.laneHeight + 2),
                                "width": .number(max(2, end - start)), "height": .number(Self.laneHeight - 4),
                                "rx": .number(2),
                            ], title: Self.tooltip(event))
                    }
                }
            }
        }
        svg.element(
            "line",
            [
                "class": .text("axis"), "x1": .number(Self.left), "y1": .number(axisY),
                "x2": .number(width - Self.right), "y2": .number(axisY),
            ])
        svg.group(["class": .text("ticks")]) { svg in
            for (day, label) in Self.ticks(from: first, to: last) {
                let tx = x(day)
                svg.element(
                    "line", ["x1": .number(tx), "y1": .number(axisY), "x2": .number(tx), "y2": .number(axisY + 5)])
                svg.text(label, ["x": .number(tx), "y": .number(axisY + 18)])
            }
        }
        svg.text(
            "Dates found in the articles' text by newsq.",
            ["class": .text("credit"), "x": .number(width - 6), "y": .number(axisY + 38)])
        return svg.finish(title: "Timeline of \(events.count) event\(events.count == 1 ? "" : "s")")
    }

    /// First and last day shown: the events' span with a little room, at least a week.
    var range: (CalendarDay, CalendarDay)? {
        guard let start = events.map(\.date.start).min(), let end = events.map(\.date.end).max() else { return nil }
        let span = max(7, start.days1970Span(to: end))
        let margin = max(1, span / 30)
        return (start.adding(days: -margin), end.adding(days: margin + 1))
    }

    /// Greedy lanes: each event goes to the first lane whose last span ended before it starts.
    static func lanes(_ events: [Event]) -> [[Event]] {
        var lanes: [[Event]] = []
        var ends: [CalendarDay] = []
        for event in events.sorted(by: { ($0.date.start, $0.id) < ($1.date.start, $1.id) }) {
            if let free = ends.firstIndex(where: { $0 < event.date.start }) {
                lanes[free].append(event)
                ends[free] = event.date.end
            } else {
                lanes.append([event])
                ends.append(event.date.end)
            }
        }
        return lanes
    }

    /// Axis ticks: weeks for a couple of months, months for a few years, else years; about
    /// twelve labels at most.
    static func ticks(from first: CalendarDay, to last: CalendarDay) -> [(CalendarDay, String)] {
        let days = first.days1970Span(to: last)
        var ticks: [(CalendarDay, String)] = []
        if days <= 90 {
            let step = days <= 21 ? 1 : 7
            var day = first
            while day <= last {
                ticks.append((day, String(day.iso.dropFirst(5))))
                day = day.adding(days: step)
            }
            if step == 1, ticks.count > 12 { ticks = ticks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) }
        } else if days <= 365 * 4 {
            let months = (last.year - first.year) * 12 + last.month - first.month + 1
            let step = max(1, (months + 11) / 12)
            var (year, month) = (first.year, first.month + 1)
            var index = 0
            while let day = CalendarDay(year: year + (month - 1) / 12, month: (month - 1) % 12 + 1, day: 1), day <= last
            {
                if index % step == 0 { ticks.append((day, String(day.iso.prefix(7)))) }
                month += 1
                index += 1
                if month > 12 { (year, month) = (year + 1, month - 12) }
            }
        } else {
            let years = last.year - first.year
            let step = max(1, (years + 11) / 12)
            var year = first.year + 1
            while let day = CalendarDay(year: year, month: 1, day: 1), day <= last {
                if year % step == 0 { ticks.append((day, String(year))) }
                year += 1
            }
        }
        return ticks
    }

    /// "2016-10-17 · “on Monday”: Iraqi forces began … (After ISIS loses Mosul …)".
    static func tooltip(_ event: Event) -> String {
        let date = Listings.dateLabel(event.date)
        return "\(date) · “\(event.expression)”: \(event.evidence) (\(event.articleTitle))"
    }

    private static let css = """
        svg{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:12px}\
        .heading{font-weight:600;fill:#222}.lane{fill:#555}\
        .day{fill:#b2182b;fill-opacity:.8;stroke:#fff}.span{fill-opacity:.75}\
        .month{fill:#2166ac}.year{fill:#5aae61}.approximate{fill:#e08214}\
        .axis,.ticks line{stroke:#444}.ticks text{fill:#444;text-anchor:middle;font-size:11px}\
        .credit{fill:#777;font-size:10px;text-anchor:end}
        """
}

extension CalendarDay {
    /// Whole days from this day to `other`, by day numbers (no calendar object per call).
    fileprivate func days1970Span(to other: CalendarDay) -> Int { other.daysSince1970 - daysSince1970 }
}
