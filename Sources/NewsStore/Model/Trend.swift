/// Articles matching a search, counted per period, with every period between the first and the
/// last that has articles (periods without any hold zeros, so charts do not skip time).
public struct Trend: Sendable, Hashable, Codable {
    public var period: TrendPeriod
    public var points: [TrendPoint]
    /// Matching articles with no publication date: in no period, counted here.
    public var undatedMatches: Int
    /// The engine expression searched for.
    public var expression: String

    /// A trend, as `NewsStore.trend` returns them.
    public init(period: TrendPeriod, points: [TrendPoint], undatedMatches: Int, expression: String) {
        self.period = period
        self.points = points
        self.undatedMatches = undatedMatches
        self.expression = expression
    }
}
