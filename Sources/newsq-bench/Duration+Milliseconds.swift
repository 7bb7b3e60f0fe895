extension Duration {
    /// This duration in milliseconds.
    var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }

    /// This duration in seconds.
    var seconds: Double { milliseconds / 1_000 }
}
