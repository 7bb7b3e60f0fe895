import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the terminal stdout may be attached to.
enum Terminal {
    /// True when stdout is a terminal (not a pipe or a file).
    static var isStandardOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The width of stdout's terminal: the kernel's window size, else `COLUMNS`, else 80.
    static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return width(fromColumns: environment["COLUMNS"])
    }

    /// `COLUMNS` as a width, or 80 when it is missing or not a positive number.
    static func width(fromColumns columns: String?) -> Int {
        if let columns, let value = Int(columns.trimmingCharacters(in: .whitespaces)), value > 0 {
            return value
        }
        return 80
    }

    /// False when `NO_COLOR` is set to anything non-empty (https://no-color.org) or `TERM=dumb`.
    static func colorAllowed(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
