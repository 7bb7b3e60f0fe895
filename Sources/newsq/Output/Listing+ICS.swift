import Foundation
import NewsStore

/// iCalendar (RFC 5545).
extension Listing {
    /// A VCALENDAR with one all-day VEVENT per row.
    ///
    /// DTSTART is the `.startDate` day; DTEND is the day after the `.endDate` day (RFC 5545 ends
    /// are exclusive), so a month-precise event spans the whole month. Without an end column an
    /// event lasts as long as its start text says ('2016-10' → all October). UID is the
    /// `.identifier` value + "@newsq" (else a hash of the row's dates and summary), DTSTAMP is
    /// `now` in UTC. SUMMARY comes from `.title`, DESCRIPTION from `.details`, LOCATION from
    /// `.location` (each only when non-empty). Text is escaped (`\\` `\;` `\,` `\n`), lines are
    /// folded at 75 octets without splitting a UTF-8 character, and end with CRLF.
    ///
    /// - Throws: `NewsStoreError.invalidArgument` when the listing has no start-date or title
    ///   column, or a row's start date is not 'YYYY[-MM[-DD]]'.
    func renderICS(now: Date) throws -> String {
        guard let startIndex = columnIndex(.startDate), let titleIndex = columnIndex(.title) else {
            throw NewsStoreError.invalidArgument(
                name: "--format", value: OutputFormat.ics.rawValue,
                reason: "a calendar needs events with dates, and this command lists \(noun); use it with `newsq events`"
            )
        }
        let endIndex = columnIndex(.endDate)
        let identifierIndex = columnIndex(.identifier)
        let detailsIndex = columnIndex(.details)
        let locationIndex = columnIndex(.location)
        let stamp = CalendarDay.utcTimestamp(now)

        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//newsq//newsq//EN", "CALSCALE:GREGORIAN"]
        for (number, row) in rows.enumerated() {
            let startText = Highlight.plain(row[startIndex].text)
            guard let start = CalendarDay(partial: startText) else {
                throw NewsStoreError.invalidArgument(
                    name: "--format", value: OutputFormat.ics.rawValue,
                    reason: "row \(number + 1) has start date \(startText.debugDescription), not YYYY-MM-DD")
            }
            let endText = endIndex.map { Highlight.plain(row[$0].text) } ?? ""
            let last = max(
                start,
                CalendarDay(partial: endText, upper: true) ?? CalendarDay(partial: startText, upper: true) ?? start)
            let summary = Highlight.plain(row[titleIndex].text)
            let identifier = identifierIndex.map { Highlight.plain(row[$0].text) } ?? ""
            let uid =
                (identifier.isEmpty ? Listing.fnv1a(startText + "\u{1F}" + endText + "\u{1F}" + summary) : identifier)
                + "@newsq"

            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Listing.icsText(uid))
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART;VALUE=DATE:" + start.basicFormat)
            lines.append("DTEND;VALUE=DATE:" + last.adding(days: 1).basicFormat)
            lines.append("SUMMARY:" + Listing.icsText(summary))
            for (index, name) in [(detailsIndex, "DESCRIPTION"), (locationIndex, "LOCATION")] {
                guard let index else { continue }
                let text = Highlight.plain(self.text(row[index], column: index))
                if !text.isEmpty { lines.append(name + ":" + Listing.icsText(text)) }
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Listing.folded).joined()
    }

    /// An RFC 5545 TEXT value: `\` `;` `,` escaped, any line break as `\n`, other control
    /// characters (forbidden in TEXT) dropped, tabs kept.
    static func icsText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += "\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded to at most 75 octets per physical line (the continuation's leading
    /// space counts), breaking only between Unicode scalars; ends with CRLF.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, in hex: a UID that is the same on every run.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
