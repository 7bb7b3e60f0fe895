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
    private let enabled: Bool
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
        write("\r\u{1B}[K" + Self.text(verb: verb, noun: noun, progress, perSecond: rate))
    }

    /// Removes the line, if one was drawn.
    func clear() {
        guard lastDrawn != nil else { return }
        write("\r\u{1B}[K")
        lastDrawn = nil
    }

    /// "importing: 1,234 files, 1,200 stored, 3 failed, 180/s"
    static func text(verb: String, noun: String, _ progress: ImportProgress, perSecond rate: Int) -> String {
        var parts = ["\(grouped(progress.processed)) \(noun)", "\(grouped(progress.stored)) stored"]
        if progress.alreadyPresent > 0 { parts.append("\(grouped(progress.alreadyPresent)) already present") }
        parts.append("\(grouped(progress.failed)) failed")
        parts.append("\(grouped(rate))/s")
        return "\(verb): " + parts.joined(separator: ", ")
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
