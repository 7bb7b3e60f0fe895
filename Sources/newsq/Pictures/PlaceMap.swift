import Foundation
import NewsStore

/// `places --format svg`: the places on a map of the countries around them.
///
/// Every place gets one mark with class `place` and its id in `data-id`: a circle at its
/// coordinates, sized by mentions (area in proportion), red when resolved from the gazetteer,
/// grey when known by name only; places with no coordinates at all are listed as grey squares
/// along the bottom ("not on the map"), never put anywhere invented. Countries with a listed
/// place are shaded. Each mark's `<title>` is the tooltip: name, country, kind, counts.
struct PlaceMap {
    var places: [PlaceCount]
    var outlines: [CountryOutline] = CountryOutline.all
    /// How many of the most mentioned places get a visible label.
    var labelled = 12

    /// The SVG document.
    func render() -> String {
        let located = places.filter { $0.place.latitude != nil && $0.place.longitude != nil }
        let unlocated = places.filter { $0.place.latitude == nil || $0.place.longitude == nil }
        let view = MapView(fitting: located.compactMap(Self.point))
        let stripHeight = unlocated.isEmpty ? 0.0 : 28.0 + 18 * Double((unlocated.count + 5) / 6)
        var svg = SVGWriter(width: view.width, height: view.height + stripHeight + 22)
        svg.style(Self.css)
        svg.element(
            "rect",
            [
                "class": .text("sea"), "x": .number(0), "y": .number(0), "width": .number(view.width),
                "height": .number(view.height),
            ])
        let mentioned = Set(places.compactMap(\.place.countryCode))
        svg.raw(
            "<clipPath id=\"view\"><rect x=\"0\" y=\"0\" width=\"\(SVGWriter.format(view.width))\" "
                + "height=\"\(SVGWriter.format(view.height))\"/></clipPath>")
        svg.group(["class": .text("countries"), "clip-path": .text("url(#view)")]) { svg in
            for outline in outlines {
                guard let path = view.path(of: outline) else { continue }
                let shaded = outline.code.map(mentioned.contains) ?? false
                svg.element(
                    "path", ["class": .text(shaded ? "country mentioned" : "country"), "d": .text(path)],
                    title: outline.name)
            }
        }
        let maximum = Double(places.map(\.mentions).max() ?? 1)
        let labelIDs = Set(located.sorted(by: Self.mostMentioned).prefix(labelled).map(\.place.id))
        svg.group(["class": .text("places")]) { svg in
            // Largest first, so small circles stay on top and can be pointed at.
            for count in located.sorted(by: Self.mostMentioned).reversed() {
                guard let point = Self.point(count) else { continue }
                let (x, y) = view.project(point)
                let radius = 3 + 13 * (Double(count.mentions) / maximum).squareRoot()
                svg.element(
                    "circle",
                    [
                        "class": .text("place " + (count.place.isResolved ? "resolved" : "name-only")),
                        "data-id": .text(String(count.place.id)), "cx": .number(x), "cy": .number(y),
                        "r": .number(radius),
                    ], title: Self.tooltip(count))
            }
        }
        svg.group(["class": .text("labels")]) { svg in
            // Most mentioned first; a label that would overlap one already placed tries the left
            // side, then is left out (the tooltip still names the place).
            var taken: [Box] = []
            for count in located.sorted(by: Self.mostMentioned) where labelIDs.contains(count.place.id) {
                guard let point = Self.point(count) else { continue }
                let (x, y) = view.project(point)
                let radius = 3 + 13 * (Double(count.mentions) / maximum).squareRoot()
                let width = 7.0 * Double(count.place.name.count) + 4
                let right = Box(x: x + radius + 2, y: y - 9, width: width, height: 14)
                let left = Box(x: x - radius - 2 - width, y: y - 9, width: width, height: 14)
                let above = Box(x: x - width / 2, y: y - radius - 16, width: width, height: 14)
                let below = Box(x: x - width / 2, y: y + radius + 2, width: width, height: 14)
                guard
                    let box = [right, left, above, below].first(where: { box in
                        !taken.contains(where: box.overlaps)
                    })
                else { continue }
                taken.append(box)
                // Text starts at the box's left edge, its baseline 11 units below the box's top.
                svg.text(count.place.name, ["x": .number(box.x + 2), "y": .number(box.y + 11)])
            }
        }
        if !unlocated.isEmpty {
            svg.text(
                "Not on the map (known by name only, no coordinates):",
                ["class": .text("note"), "x": .number(8), "y": .number(view.height + 18)])
            for (index, count) in unlocated.enumerated() {
                let x = 8 + Double(index % 6) * (view.width - 16) / 6
                let y = view.height + 28 + 18 * Double(index / 6)
                svg.element(
                    "rect",
                    [
                        "class": .text("place unlocated"), "data-id": .text(String(count.place.id)),
                        "x": .number(x), "y": .number(y), "width": .number(9), "height": .number(9),
                    ], title: Self.tooltip(count))
                svg.text(count.place.name, ["class": .text("note"), "x": .number(x + 13), "y": .number(y + 9)])
            }
        }
        svg.text(
            "Countries: Natural Earth (public domain). Places: GeoNames (CC BY 4.0). Drawn by newsq.",
            ["class": .text("credit"), "x": .number(view.width - 6), "y": .number(view.height + stripHeight + 15)])
        return svg.finish(title: "Map of \(places.count) place\(places.count == 1 ? "" : "s")")
    }

    /// A label's rough extent, to keep labels from overlapping.
    private struct Box {
        var x, y, width, height: Double

        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    static func point(_ count: PlaceCount) -> CountryOutline.Point? {
        guard let latitude = count.place.latitude, let longitude = count.place.longitude else { return nil }
        return CountryOutline.Point(longitude: longitude, latitude: latitude)
    }

    private static func mostMentioned(_ a: PlaceCount, _ b: PlaceCount) -> Bool {
        a.mentions != b.mentions ? a.mentions > b.mentions : a.place.id < b.place.id
    }

    /// "Mosul (IQ, city): 12 mentions in 3 articles".
    static func tooltip(_ count: PlaceCount) -> String {
        let country = count.place.countryCode.map { "\($0), " } ?? ""
        let origin = count.place.isResolved ? "" : ", known by name only"
        return "\(count.place.name) (\(country)\(count.place.kind)\(origin)): "
            + "\(count.mentions) mention\(count.mentions == 1 ? "" : "s") in "
            + "\(count.articles) article\(count.articles == 1 ? "" : "s")"
    }

    private static let css = """
        svg{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:12px}\
        .sea{fill:#dfeaf3}.country{fill:#f4f1ea;stroke:#b7b0a2;stroke-width:.6}\
        .country.mentioned{fill:#f1dcb8}.place{stroke:#fff;stroke-width:1}\
        .resolved{fill:#b2182b;fill-opacity:.78}.name-only,.unlocated{fill:#8a8a8a;fill-opacity:.8}\
        .labels text{fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}\
        .note{fill:#555}.credit{fill:#777;font-size:10px;text-anchor:end}
        """
}
