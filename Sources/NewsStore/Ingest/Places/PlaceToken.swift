/// A word of a field's text as the place extractor sees it, with Unicode-scalar offsets.
struct PlaceToken: Equatable {
    /// The word as written, without a trailing possessive ("Iraq" from "Iraq's") and without a
    /// lowercase hyphen suffix ("Iraq" from "Iraq-led").
    var text: String
    /// `PlaceNameKey.fold(text)`, folded once here because every rule asks for it.
    var key: String
    var start: Int
    var end: Int
    /// Starts with a capital, or is an Arabic article glued to a capitalised name ("al-Shourah").
    var isCapitalised: Bool
    /// All letters capitals ("ISIS", "US").
    var isAllCaps: Bool
    /// First word of its sentence or line.
    var isSentenceStart: Bool
    /// The text between the previous token and this one ("" for the first).
    var gapBefore: String
}
