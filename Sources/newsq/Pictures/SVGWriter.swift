/// A small writer of SVG text: elements with escaped attributes and text, numbers with a fixed
/// number of decimals, so the same data always gives the same bytes (tests compare marks, and
/// people diff files).
///
/// ```swift
/// var svg = SVGWriter(width: 200, height: 100)
/// svg.element("circle", ["cx": .number(10), "cy": .number(20), "r": .number(3)], title: "Mosul")
/// let text = svg.finish()
/// ```
struct SVGWriter {
    /// An attribute value.
    enum Value {
        case number(Double)
        case text(String)
    }

    let width: Double
    let height: Double
    private var body: [String] = []
    private var depth = 1

    /// Starts a document of this size in user units (pixels when shown at 100 %).
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// `<name attributes/>`, or with a `<title>` child (the tooltip browsers show) when given.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, Value>, title: String? = nil) {
        let open = "<" + name + Self.render(attributes)
        guard let title else {
            line(open + "/>")
            return
        }
        line(open + "><title>" + Self.escape(title) + "</title></" + name + ">")
    }

    /// `<text attributes>content</text>`.
    mutating func text(_ content: String, _ attributes: KeyValuePairs<String, Value>) {
        line("<text" + Self.render(attributes) + ">" + Self.escape(content) + "</text>")
    }

    /// A group around what `body` writes.
    mutating func group(_ attributes: KeyValuePairs<String, Value>, _ body: (inout SVGWriter) -> Void) {
        line("<g" + Self.render(attributes) + ">")
        depth += 1
        body(&self)
        depth -= 1
        line("</g>")
    }

    /// Markup written as given: callers pass constants and numbers, never user text.
    mutating func raw(_ markup: String) {
        line(markup)
    }

    /// A `<style>` block (CSS text written as given: callers pass constants, never user text).
    mutating func style(_ css: String) {
        line("<style>" + css + "</style>")
    }

    /// The whole document.
    func finish(title: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.format(width))\" "
        out += "height=\"\(Self.format(height))\" viewBox=\"0 0 \(Self.format(width)) \(Self.format(height))\" "
        out += "role=\"img\" aria-label=\"\(Self.escape(title))\">\n"
        out += "  <title>" + Self.escape(title) + "</title>\n"
        for line in body { out += line + "\n" }
        return out + "</svg>\n"
    }

    private mutating func line(_ text: String) {
        body.append(String(repeating: "  ", count: depth) + text)
    }

    private static func render(_ attributes: KeyValuePairs<String, Value>) -> String {
        var out = ""
        for (name, value) in attributes {
            out += " " + name + "=\""
            switch value {
            case .number(let number): out += format(number)
            case .text(let text): out += escape(text)
            }
            out += "\""
        }
        return out
    }

    /// Two decimals at most, no trailing zeros, never "-0": stable across runs and machines.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        let hundredths = (number * 100).rounded()
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        let magnitude = Int(abs(hundredths))
        var text = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text +=
                fraction % 10 == 0 ? "." + String(fraction / 10) : "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return negative ? "-" + text : text
    }

    /// XML text and attribute escaping; control characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
