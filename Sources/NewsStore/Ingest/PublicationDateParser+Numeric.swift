/// Stamps written in numbers only, as much of Europe and East Asia print them.
extension PublicationDateParser {
    /// "24.04.2023", "24.04.2023, 14:07 Uhr", "2019/03/05", "2019.03.05 10:00", "2019年3月5日",
    /// "2019年3月5日 15時30分". The time's zone is not written, so only the day is kept. A day-first
    /// date with slashes ("05/03/2019") is left alone: it reads differently in the US.
    func parseNumeric(_ text: String) -> Stamp? {
        let dayFirst =
            #/(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:[,\s]+(?:um\s)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?:Uhr|h))?)?/#
        if let match = text.wholeMatch(of: dayFirst), let day = Int(match.1), let month = Int(match.2),
            let year = Int(match.3)
        {
            return dateOnly(year: year, month: month, day: day)
        }
        let yearFirst =
            #/(\d{4})\s?(?:[/.年-])\s?(\d{1,2})\s?(?:[/.月-])\s?(\d{1,2})日?(?:[\s,]+\d{1,2}(?:[:時]\d{2}分?)(?::\d{2})?)?/#
        guard let match = text.wholeMatch(of: yearFirst), let year = Int(match.1), let month = Int(match.2),
            let day = Int(match.3)
        else { return nil }
        return dateOnly(year: year, month: month, day: day)
    }
}
