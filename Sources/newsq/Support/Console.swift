import Foundation
import NewsStore

/// Writes to the standard streams: results to stdout, everything else to stderr.
enum Console {
    /// Writes text to stdout as is (the formatter decides the line ends).
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A one-line diagnostic on stderr ("newsq: …"). Line breaks inside it (a file name can
    /// hold one) are written as `\n`, so it stays one line for a script reading stderr.
    static func note(_ text: String) {
        let line = text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        FileHandle.standardError.write(Data("newsq: \(line)\n".utf8))
    }

    /// Says that the gazetteer image is about to be built, when it is: seconds of silence otherwise
    /// (once per build of newsq; later runs map it in milliseconds).
    static func noteGazetteerImage() {
        guard !NewsStore.gazetteerImageIsReady else { return }
        note("preparing the gazetteer (once for this build of newsq; a few seconds)")
    }

    /// An error line already formatted by `ErrorOutput`.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// A warning on stderr ("newsq: warning: …").
    static func warn(_ text: String) {
        note("warning: \(text)")
    }
}
