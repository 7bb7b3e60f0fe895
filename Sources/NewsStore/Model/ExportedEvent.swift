/// One dated event in an `ExportRecord`: its date as stored (label, first and last day,
/// precision), the expression and rule that gave it, the evidence sentence and where it stands.
public struct ExportedEvent: Sendable, Hashable, Codable {
    /// 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' by precision.
    public var date: String
    /// First day the date can mean.
    public var start: CalendarDay
    /// Last day the date can mean (an approximate date spans several).
    public var end: CalendarDay
    public var precision: DatePrecision
    /// As written ("Wednesday night").
    public var expression: String
    /// How it was resolved ("weekday-past").
    public var rule: String
    /// The sentence or caption that reports it.
    public var evidence: String
    public var field: ArticleField
    /// Unicode-scalar offset of the evidence in the field's stored text.
    public var offset: Int
    /// The places of the evidence sentence, as positions in the record's `places`.
    public var places: [Int]

    /// Makes an event.
    public init(
        date: String, start: CalendarDay, end: CalendarDay, precision: DatePrecision, expression: String, rule: String,
        evidence: String, field: ArticleField, offset: Int, places: [Int] = []
    ) {
        self.date = date
        self.start = start
        self.end = end
        self.precision = precision
        self.expression = expression
        self.rule = rule
        self.evidence = evidence
        self.field = field
        self.offset = offset
        self.places = places
    }

    enum CodingKeys: String, CodingKey {
        case date, start, end, precision, expression, rule, evidence, field, offset, places
    }

    /// Reads an event; absent places are none.
    /// - Throws: `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        date = try values.decode(String.self, forKey: .date)
        start = try values.decode(CalendarDay.self, forKey: .start)
        end = try values.decode(CalendarDay.self, forKey: .end)
        precision = try values.decode(DatePrecision.self, forKey: .precision)
        expression = try values.decode(String.self, forKey: .expression)
        rule = try values.decode(String.self, forKey: .rule)
        evidence = try values.decode(String.self, forKey: .evidence)
        field = try values.decode(ArticleField.self, forKey: .field)
        offset = try values.decode(Int.self, forKey: .offset)
        places = try values.decodeIfPresent([Int].self, forKey: .places) ?? []
    }
}
