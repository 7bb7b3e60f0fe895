/// A command that prints its results in some of the `OutputFormat`s.
protocol FormattedCommand {
    /// The formats `--format` accepts, the default first; unless a command says otherwise,
    /// `OutputFormat.anyListing`.
    static var formats: [OutputFormat] { get }
}

extension FormattedCommand {
    static var formats: [OutputFormat] { OutputFormat.anyListing }
}
