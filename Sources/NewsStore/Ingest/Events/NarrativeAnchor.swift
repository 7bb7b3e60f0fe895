/// The date a text last named, carried from sentence to sentence: what "the next day" and "two
/// years later" count from, and, in a passage about another year ("In June 1940, …"), the year a
/// bare "In April" or "June 10" belongs to.
struct NarrativeAnchor: Equatable, Sendable {
    /// The date last named.
    var date: EventDate
    /// True when the text wrote its year ("June 1940", "in 1940"), or counted from such a date;
    /// false for dates taken from the day of writing ("yesterday", "last week").
    var isExplicit: Bool
    /// The paragraph it was named in: a bare month follows an explicit year only in that paragraph
    /// and the next.
    var paragraph: Int
}
