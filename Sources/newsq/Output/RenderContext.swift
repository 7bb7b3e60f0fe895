import Foundation

/// What the formatters need to know about where the text goes; tests build it by hand.
struct RenderContext: Sendable, Hashable {
    /// True when stdout is a terminal.
    var isTerminal: Bool
    /// Maximum table line width in terminal columns; nil = unlimited (nothing is cut).
    var width: Int?
    /// True to use ANSI styles (bold header and highlights).
    var useColor: Bool
    /// The instant written as ICS DTSTAMP.
    var now: Date

    /// Makes a context.
    init(isTerminal: Bool = false, width: Int? = nil, useColor: Bool = false, now: Date = Date()) {
        self.isTerminal = isTerminal
        self.width = width
        self.useColor = useColor
        self.now = now
    }

    /// The context of this process's stdout.
    ///
    /// On a terminal: its width, colour unless `NO_COLOR` is set or `TERM=dumb`. When piped or
    /// redirected: unlimited width and no colour, so scripts never get cut or styled text.
    /// `color` overrides the terminal test for styles only: `always` styles a pipe's output (for
    /// `less -R`) without cutting it to a width.
    static func current(color: ColorChoice = .auto, now: Date = Date()) -> RenderContext {
        let terminal = Terminal.isStandardOutputTerminal
        let useColor: Bool
        switch color {
        case .auto: useColor = terminal && Terminal.colorAllowed()
        case .always: useColor = true
        case .never: useColor = false
        }
        return RenderContext(
            isTerminal: terminal, width: terminal ? Terminal.width() : nil, useColor: useColor, now: now)
    }
}
