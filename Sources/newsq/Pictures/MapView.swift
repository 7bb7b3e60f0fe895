import Foundation
import NewsStore

/// The part of the world a map shows and how it lies on the page: an equirectangular
/// projection whose horizontal scale is corrected for the latitude in the middle of the view, so
/// a regional map (Iraq and Syria) keeps its shapes and the world map stays familiar.
struct MapView {
    var minLongitude: Double
    var maxLongitude: Double
    var minLatitude: Double
    var maxLatitude: Double
    /// Page size in user units.
    let width: Double
    let height: Double

    /// The view that shows every point with a margin, at least `minimumSpan` degrees high,
    /// the whole world (without Antarctica) when there is nothing to show.
    init(fitting points: [CountryOutline.Point], width: Double = 960, minimumSpan: Double = 8) {
        guard let first = points.first else {
            self = MapView(minLongitude: -180, maxLongitude: 180, minLatitude: -58, maxLatitude: 84, width: width)
            return
        }
        var (west, east, south, north) = (first.longitude, first.longitude, first.latitude, first.latitude)
        for point in points.dropFirst() {
            west = min(west, point.longitude)
            east = max(east, point.longitude)
            south = min(south, point.latitude)
            north = max(north, point.latitude)
        }
        let middle = (south + north) / 2
        let stretch = max(0.2, cos(middle * .pi / 180))
        // Margins: a fifth of the span on every side, at least half the minimum span around.
        let latitudeSpan = max(minimumSpan, (north - south) * 1.4)
        let longitudeSpan = max(minimumSpan / stretch, (east - west) * 1.4)
        var view = MapView(
            minLongitude: max(-180, (west + east) / 2 - longitudeSpan / 2),
            maxLongitude: min(180, (west + east) / 2 + longitudeSpan / 2),
            minLatitude: max(-58, middle - latitudeSpan / 2),
            maxLatitude: min(84, middle + latitudeSpan / 2), width: width)
        view.keepAspect()
        self = view
    }

    private init(minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double, width: Double) {
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
        self.width = width
        let stretch = max(0.2, cos((minLatitude + maxLatitude) / 2 * .pi / 180))
        let natural = width * (maxLatitude - minLatitude) / ((maxLongitude - minLongitude) * stretch)
        height = min(max(natural.rounded(), width * 0.4), width * 0.75)
    }

    /// Widens the shorter side so the projection keeps its aspect on a page of `height`.
    private mutating func keepAspect() {
        let stretch = max(0.2, cos((minLatitude + maxLatitude) / 2 * .pi / 180))
        let wantedLongitude = (maxLatitude - minLatitude) * width / height / stretch
        let longitudeSpan = maxLongitude - minLongitude
        if wantedLongitude > longitudeSpan {
            let middle = (minLongitude + maxLongitude) / 2
            minLongitude = max(-180, middle - wantedLongitude / 2)
            maxLongitude = min(180, middle + wantedLongitude / 2)
        } else {
            let wantedLatitude = longitudeSpan * stretch * height / width
            let middle = (minLatitude + maxLatitude) / 2
            minLatitude = max(-90, middle - wantedLatitude / 2)
            maxLatitude = min(90, middle + wantedLatitude / 2)
        }
    }

    /// Page coordinates of a point (y grows downwards).
    func project(_ point: CountryOutline.Point) -> (x: Double, y: Double) {
        let x = (point.longitude - minLongitude) / (maxLongitude - minLongitude) * width
        let y = (maxLatitude - point.latitude) / (maxLatitude - minLatitude) * height
        return (x, y)
    }

    /// True when the ring's bounding box meets the view.
    func overlaps(_ ring: [CountryOutline.Point]) -> Bool {
        var (west, east, south, north) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
        for point in ring {
            west = min(west, point.longitude)
            east = max(east, point.longitude)
            south = min(south, point.latitude)
            north = max(north, point.latitude)
        }
        return east >= minLongitude && west <= maxLongitude && north >= minLatitude && south <= maxLatitude
    }

    /// An SVG path of the country's rings inside the view, points closer than half a unit to the
    /// previous one dropped; nil when nothing of it is in view.
    func path(of country: CountryOutline) -> String? {
        var out = ""
        for polygon in country.polygons {
            guard let outer = polygon.first, overlaps(outer) else { continue }
            for ring in polygon {
                var last: (x: Double, y: Double)?
                for point in ring {
                    let projected = project(point)
                    if let previous = last, abs(previous.x - projected.x) < 0.5, abs(previous.y - projected.y) < 0.5 {
                        continue
                    }
                    out +=
                        (last == nil ? "M" : "L") + SVGWriter.format(projected.x) + " " + SVGWriter.format(projected.y)
                    last = projected
                }
                if last != nil { out += "Z" }
            }
        }
        return out.isEmpty ? nil : out
    }
}
