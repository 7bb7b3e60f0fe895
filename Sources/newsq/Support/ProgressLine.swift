import Foundation
import NewsStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one line of progress a long `import` or `extract --all` redraws on stderr: only when
/// stderr is a terminal, only once the work has taken a second, at most four times a second,
/// and cleared at the end so the report starts on a clean line.
///
/// Not `Sendable`: it is driven from the importing thread.
final class ProgressLine {
    private let verb: String
    private let noun: String
    let enabled: Bool
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    /// A progress line such as "importing: 1,234 files, …".
    init(verb: String, noun: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.verb = verb
        self.noun = noun
        self.enabled = enabled
    }

    /// Redraws the line when it is due.
    func update(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let elapsed = now - started
        guard elapsed >= .seconds(1) else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(250) { return }
        lastDrawn = now
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Int((Double(progress.processed) / max(seconds, 0.001)).rounded())
        var line = Self.text(verb: verb, noun: noun, progress, perSecond: rate)
        if let eta = Self.eta(progress, elapsedSeconds: seconds) { line += ", " + eta }
        write("\r\u{1B}[K" + line)
    }

    /// Prints a line above the progress line: clears it, writes, and lets the next update redraw.
    func interrupt(_ body: () -> Void) {
        clear()
        body()
    }

    /// Removes the line, if one was drawn.
    func clear() {
        guard lastDrawn != nil else { return }
        write("\r\u{1B}[K")
        lastDrawn = nil
    }

    /// "importing: 1,234 files, 1,200 stored, 3 failed, 180/s"; with the files counted,
    /// "importing: 12 of 215 files, 340 articles, 330 stored, 10 failed, 45/s".
    static func text(verb: String, noun: String, _ progress: ImportProgress, perSecond rate: Int) -> String {
        var parts = ["\(grouped(progress.processed)) \(noun)", "\(grouped(progress.stored)) stored"]
        if let total = progress.filesTotal {
            parts[0] = "\(grouped(progress.files)) of \(grouped(total)) files, \(grouped(progress.processed)) articles"
        }
        if progress.alreadyPresent > 0 { parts.append("\(grouped(progress.alreadyPresent)) already present") }
        if progress.skipped > 0 { parts.append("\(grouped(progress.skipped)) skipped") }
        parts.append("\(grouped(progress.failed)) failed")
        parts.append("\(grouped(rate))/s")
        return "\(verb): " + parts.joined(separator: ", ")
    }

    /// "about 1m20s left", from the files still to open at the pace so far; nil without a
    /// count of files, before the first one and once the last one is open.
    static func eta(_ progress: ImportProgress, elapsedSeconds: Double) -> String? {
        // On the last file (often one large archive) the pace of files says nothing: no guess.
        guard let total = progress.filesTotal, progress.files > 0, total > progress.files else { return nil }
        let left = Int((elapsedSeconds / Double(progress.files) * Double(total - progress.files)).rounded())
        return left >= 60 ? "about \(left / 60)m\(left % 60)s left" : "about \(left)s left"
    }

    /// 1234567 as "1,234,567", whatever the locale: the line reads the same everywhere.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
