/// Words the corpus is known to use for something other than a place, that newsq has taken for
/// places: the examples of issue 15 and what the first run of this tool listed, checked by
/// reading the pages. A place row whose mentions
/// are mostly one of these surfaces is flagged in the table. Not a filter: newsq must learn to
/// tell them apart itself.
enum KnownNonPlaces {
    static let surfaces: [String: String] = [
        "Adelson": "person (Sheldon Adelson)",
        "Julian": "person (Julian Assange)",
        "Tillerson": "person (Rex Tillerson)",
        "Haley": "person (Nikki Haley)",
        "Kubrick": "person (Stanley Kubrick)",
        "Jas": "fictional character",
        "Maru": "fictional character",
        "Louvre": "museum",
        "Metroid": "video game",
        "Māori": "people",
        "White House": "building",
    ]
}
