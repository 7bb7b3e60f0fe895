/// Where a piece of extracted text sits: a field and Unicode-scalar offsets into its stored text
/// (`CleanedArticle.text(of:)`), so scripts in any language can slice it.
public struct TextSpan: Sendable, Hashable, Codable {
    public var field: ArticleField
    /// First scalar, counted from 0.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// Makes a span.
    public init(field: ArticleField, start: Int, end: Int) {
        self.field = field
        self.start = start
        self.end = end
    }
}

/// One place an article mentions, with every mention of it (spelling variants merged).
public struct ExtractedPlace: Sendable, Hashable, Codable {
    /// Canonical name: the gazetteer's, or the text's for a place known by name only.
    public var name: String
    public var kind: String
    public var countryCode: String?
    public var admin1: String?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?
    public var geonamesID: Int?
    /// True when matched to a gazetteer entry; false for a place known by name only.
    public var isResolved: Bool
    public var mentions: [ExtractedMention]

    /// Makes an extracted place.
    public init(
        name: String, kind: String, countryCode: String? = nil, admin1: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, population: Int? = nil, geonamesID: Int? = nil, isResolved: Bool,
        mentions: [ExtractedMention]
    ) {
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
        self.geonamesID = geonamesID
        self.isResolved = isResolved
        self.mentions = mentions
    }
}

/// One occurrence of a place name in the text.
public struct ExtractedMention: Sendable, Hashable, Codable {
    /// The name as written ("Khazer").
    public var surface: String
    public var span: TextSpan
    /// The sentence (or caption) it stands in.
    public var sentence: String

    /// Makes a mention.
    public init(surface: String, span: TextSpan, sentence: String) {
        self.surface = surface
        self.span = span
        self.sentence = sentence
    }
}

/// Something the article reports as happening on a date.
public struct ExtractedEvent: Sendable, Hashable, Codable {
    /// 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', as precise as the text allows.
    public var date: String
    /// First and last day the expression can mean ('YYYY-MM-DD').
    public var start: String
    public var end: String
    public var precision: DatePrecision
    /// The date expression as written ("Wednesday night", "more than two years ago").
    public var expression: String
    /// The rule that resolved it ("weekday-past", "weekday-future", "years-ago", "absolute-day" …).
    public var rule: String
    /// The sentence or caption that reports the event.
    public var evidence: String
    /// Where the evidence sentence sits.
    public var span: TextSpan
    /// Names of the places (as in `ExtractedPlace.name`) mentioned in the same sentence.
    public var places: [String]

    /// Makes an event.
    public init(
        date: String, start: String, end: String, precision: DatePrecision, expression: String, rule: String,
        evidence: String, span: TextSpan, places: [String] = []
    ) {
        self.date = date
        self.start = start
        self.end = end
        self.precision = precision
        self.expression = expression
        self.rule = rule
        self.evidence = evidence
        self.span = span
        self.places = places
    }
}

/// Everything an import would store for one article: the dry run of `newsq extract`.
public struct ExtractedArticle: Sendable, Hashable, Codable {
    public var article: CleanedArticle
    public var places: [ExtractedPlace]
    public var events: [ExtractedEvent]

    /// Makes an extraction result.
    public init(article: CleanedArticle, places: [ExtractedPlace], events: [ExtractedEvent]) {
        self.article = article
        self.places = places
        self.events = events
    }
}
