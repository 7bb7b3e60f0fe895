import Foundation

/// A TimeML document of WikiWars: its plain text, its creation day and every `<TIMEX3>` in it with
/// Unicode scalar offsets into that text.
struct TimeMLDocument {
    /// One annotated expression.
    struct Timex {
        var start: Int
        var end: Int
        var text: String
        /// TimeML value: "1939-09-01", "1940-06", "1939", "P2M", "PRESENT_REF" …
        var value: String

        /// True for a calendar value newsq can give: a year, a month or a day.
        var isCalendarValue: Bool {
            value.wholeMatch(of: #/\d{4}(-\d{2}(-\d{2})?)?/#) != nil
        }
    }

    var text: String
    var creationDay: CalendarDayText?
    var timexes: [Timex]

    /// "YYYY-MM-DD" of the `<DCT>`.
    typealias CalendarDayText = String

    /// Parses a document: the text inside `<TEXT>`, tags removed, the five XML entities decoded.
    /// - Throws: `CorpusFiles.Failure` when it has no `<TEXT>` element.
    init(_ source: String, path: String) throws {
        if let dct = source.firstMatch(of: #/<DCT>.*?value="(\d{4}-\d{2}-\d{2})"/#) {
            creationDay = String(dct.1)
        }
        guard let open = source.range(of: "<TEXT>"), let close = source.range(of: "</TEXT>") else {
            throw CorpusFiles.Failure(description: "\(path) has no <TEXT> element")
        }
        let scalars = Array(source[open.upperBound..<close.lowerBound].unicodeScalars)
        var text = String.UnicodeScalarView()
        var timexes: [Timex] = []
        var openTimex: (start: Int, value: String)?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let end = scalars[index...].firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(scalars[index...end]))
                if tag.hasPrefix("<TIMEX3") {
                    let value = tag.firstMatch(of: #/value="([^"]*)"/#).map { String($0.1) } ?? ""
                    openTimex = (text.count, value)
                } else if tag.hasPrefix("</TIMEX3"), let started = openTimex {
                    let covered = String(String.UnicodeScalarView(text.dropFirst(started.start)))
                    timexes.append(Timex(start: started.start, end: text.count, text: covered, value: started.value))
                    openTimex = nil
                }
                index = end + 1
                continue
            }
            if scalar == "&", let end = scalars[index...].prefix(8).firstIndex(of: ";"),
                let decoded = Self.entities[String(String.UnicodeScalarView(scalars[index...end]))]
            {
                text.append(decoded)
                index = end + 1
                continue
            }
            text.append(scalar)
            index += 1
        }
        self.text = String(text)
        self.timexes = timexes
    }

    private static let entities: [String: Unicode.Scalar] = [
        "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'",
    ]
}
