/// Dates resolved from the date the text last named (`NarrativeAnchor`).
extension DateResolver {
    /// "the next day", "two years later", "that year": the anchor moved by the count, at the unit's
    /// precision. nil without an anchor, or when a day is counted from a date that is not a day.
    func resolveAnaphoric(_ unit: DateExpression.Unit, _ offset: Int, anchor: NarrativeAnchor?) -> ResolvedDate? {
        guard let anchor, abs(offset) <= 100 else { return nil }
        let start = anchor.date.start
        switch unit {
        case .day:
            guard anchor.date.precision == .day else { return nil }
            return ResolvedDate(day: start.adding(days: offset), rule: "anaphoric-day")
        case .week:
            return nil
        case .month:
            guard anchor.date.precision == .day || anchor.date.precision == .month else { return nil }
            return .month(of: start.adding(months: offset), rule: "anaphoric-month")
        case .year:
            return .year(of: start.adding(years: offset), rule: "anaphoric-year")
        }
    }

    /// The year of a month (and day) written without one, in a paragraph that named another year:
    /// the occurrence from three months before the anchor to eight after it, since narratives
    /// mostly move forward ("December 1941 … in January" is January 1942).
    func anchoredDay(month: Int, day: Int, anchor: NarrativeAnchor) -> CalendarDay? {
        let reference = anchor.date.start
        guard anchor.date.precision != .year else { return CalendarDay(year: reference.year, month: month, day: day) }
        for year in [reference.year, reference.year + 1, reference.year - 1] {
            let distance = (year - reference.year) * 12 + month - reference.month
            if (-3...8).contains(distance) { return CalendarDay(year: year, month: month, day: day) }
        }
        return nil
    }
}
