import ArgumentParser

/// `--color`: when tables use ANSI bold for headers and search matches.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// On a terminal, unless `NO_COLOR` is set or `TERM=dumb`.
    case auto
    /// Always, even into a pipe (`newsq search x --color always | less -R`).
    case always
    /// Never.
    case never
}
