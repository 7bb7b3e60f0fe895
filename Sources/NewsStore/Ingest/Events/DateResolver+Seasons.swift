extension DateResolver {
    /// The season that begins in `year` (winter 2016 runs from December 2016 to February 2017).
    static func season(_ season: DateExpression.Season, startingIn year: Int) -> EventDate? {
        guard let start = CalendarDay(year: year, month: season.rawValue, day: 1) else { return nil }
        return EventDate(start: start, end: start.adding(months: 3).adding(days: -1), precision: .approximate)
    }

    /// "last summer": the latest one over before publication; "this winter": the one under way,
    /// or else the coming one; "next spring": the first one that begins after publication.
    func resolveSeason(
        _ season: DateExpression.Season, _ span: DateExpression.RelativeSpan, _ publication: CalendarDay
    ) -> ResolvedDate? {
        let occurrences = (-2...2).compactMap { Self.season(season, startingIn: publication.year + $0) }
        let chosen: EventDate?
        switch span {
        case .last, .recent:
            chosen = occurrences.last { $0.end < publication }
        case .next:
            chosen = occurrences.first { $0.start > publication }
        case .this, .earlierThis, .laterThis:
            chosen =
                occurrences.first { $0.start <= publication && publication <= $0.end }
                ?? occurrences.first { $0.start > publication }
        }
        return chosen.map { ResolvedDate($0, rule: "season") }
    }
}
