/// The HTML5 named character references (all 2,231 of the WHATWG table), read once from the
/// data file compiled into the binary (Sources/CNewsqResources/html5-entities.txt).
///
/// Names keep their `;` as the spec writes them: `amp;` and the legacy `amp` (one of the 106
/// names a browser also accepts without the semicolon) are two entries.
struct HTMLEntityTable: Sendable {
    /// Replacement text by name, `;` included where the spec has one.
    private let replacements: [String: String]
    /// The longest name without `;` (legacy names are short: `frac12`).
    let longestLegacyName: Int
    /// The longest name, `;` included (`CounterClockwiseContourIntegral;`).
    let longestName: Int

    /// The table compiled into the binary, parsed on first use.
    static let shipped = HTMLEntityTable(text: EmbeddedFile.htmlEntities.text)

    /// Parses "name<TAB>hex code points" lines; a malformed line is skipped (HTMLEntitiesTests
    /// counts all 2,231 names of the shipped file).
    init(text: String) {
        var replacements: [String: String] = [:]
        replacements.reserveCapacity(2_300)
        var longestLegacy = 0
        var longest = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            var value = String.UnicodeScalarView()
            for hex in parts[1].split(separator: " ") {
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else { continue }
                value.append(scalar)
            }
            let name = String(parts[0])
            replacements[name] = String(value)
            longest = max(longest, name.unicodeScalars.count)
            if !name.hasSuffix(";") { longestLegacy = max(longestLegacy, name.unicodeScalars.count) }
        }
        self.replacements = replacements
        longestLegacyName = longestLegacy
        longestName = longest
    }

    /// How many names the table holds.
    var count: Int { replacements.count }

    /// The text a name stands for (`"amp;"` → `"&"`); nil for a name the spec does not define.
    subscript(name: String) -> String? { replacements[name] }
}
