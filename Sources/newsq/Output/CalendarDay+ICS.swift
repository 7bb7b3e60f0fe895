import Foundation
import NewsStore

/// The RFC 5545 spellings of days and instants.
extension CalendarDay {
    /// 'YYYYMMDD', the RFC 5545 DATE form.
    var basicFormat: String { iso.replacingOccurrences(of: "-", with: "") }

    /// An instant as an RFC 5545 UTC DATE-TIME, 'YYYYMMDDTHHMMSSZ' (fractions dropped).
    static func utcTimestamp(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.hour, .minute, .second], from: whole)
        let day = CalendarDay(date: whole, in: .gmt)?.basicFormat ?? "00000000"
        return day + "T" + [parts.hour, parts.minute, parts.second].map { pad($0 ?? 0) }.joined() + "Z"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
