/// The small word lists the place extractor needs beyond the gazetteer: titles and given names
/// (person names are not places), words that are never places, and the words that say what kind
/// of place a name is ("the village of X", "X airbase").
enum PlaceVocabulary {
    /// Titles before a person's name (folded).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "president", "prime", "minister", "secretary",
        "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "king", "queen", "prince", "princess",
        "sheikh", "sheik", "emir", "sultan", "ayatollah", "imam", "pope", "general", "gen", "lt", "lieutenant",
        "colonel", "col", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "commander",
        "chancellor", "judge", "justice", "ambassador", "chairman", "spokesman", "spokeswoman", "candidate",
        "nominee", "leader", "chief", "director", "officer", "analyst", "correspondent", "reporter", "rev",
        "father", "brother", "sister", "uncle", "aunt", "saint", "mrs", "miss", "sec", "supt", "det", "sgt",
        "cpl", "pvt", "gov", "atty", "attorney", "coach", "ceo", "founder", "actor", "actress", "singer",
        "rapper", "author", "writer", "novelist", "professor", "dean", "cardinal", "bishop", "rabbi",
        "archbishop", "councilman", "councilwoman", "congressman", "congresswoman", "lawmaker", "premier",
        "vice", "deputy", "superintendent", "detective", "inspector", "constable", "sheriff", "pastor",
    ]

    /// Words after a capitalised name that make the name an organisation or a venue, not a place
    /// ("Harvard University", "Las Vegas Sands Corp", "Louvre Museum"), and before "of" that make
    /// what follows part of one ("University of Texas", "Bank of America").
    static let institutionWords: Set<String> = [
        "university", "college", "school", "academy", "institute", "museum", "gallery", "library", "hospital",
        "clinic", "inc", "corp", "corporation", "co", "company", "companies", "ltd", "llc", "plc", "group",
        "holdings", "bank", "foundation", "society", "association", "council", "club", "stadium", "arena",
        "theatre", "theater", "hotel", "casino", "resort", "airlines", "airways", "times", "post", "journal",
        "herald", "tribune", "gazette", "press", "news", "magazine", "party", "fc", "zoo", "church",
        "cathedral", "mosque", "temple", "park", "center", "centre", "hall", "festival", "studios", "records",
    ]

    /// Buildings and institutions named like towns ("White House" is also a town in Tennessee).
    static let institutionNames: Set<String> = [
        "white house", "blue house", "kremlin", "elysee", "downing street", "capitol", "pentagon",
    ]

    /// Given names (folded) that start a person's name: SampleData/names, not code.
    static var givenNames: Set<String> { PersonNames.given }

    /// Capitalised words that are never place names here, whatever the gazetteer holds (folded).
    static let neverPlaces: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "islam", "islamic", "muslim", "muslims", "christian", "christians", "jewish", "jews", "allah", "god",
        "sunni", "sunnis", "shia", "shiite", "shiites", "peshmerga", "isis", "isil", "daesh", "caliphate",
        "crusades", "opinion", "cnn", "photos", "caption", "story", "highlights", "read", "more", "west", "east",
        "north", "south", "western", "eastern", "northern", "southern", "republican", "democrat", "democrats",
        "republicans", "congress", "senate", "white", "house", "pentagon", "twitter", "facebook", "messenger",
        "google", "internet", "coalition", "government", "army", "police", "ottoman", "empire", "state", "city",
        "new", "the", "a", "an", "in", "on", "at", "of", "and", "but", "so", "if", "it", "is", "as", "by",
    ]

    /// Words that make the neighbouring capitalised word a place, and of which kind.
    static let kindAfter: [String: PlaceKind] = [
        "village": .village, "town": .town, "city": .city, "region": .region, "area": .area,
        "district": .district, "province": .province, "governorate": .province, "frontline": .frontline,
        "front": .frontline, "airbase": .base, "airport": .base, "camp": .camp, "neighborhood": .neighbourhood,
        "neighbourhood": .neighbourhood, "valley": .valley, "dam": .dam, "refinery": .site, "base": .base,
    ]

    /// "the village of X": the kind word before "of".
    static let kindBeforeOf: [String: PlaceKind] = [
        "village": .village, "town": .town, "city": .city, "area": .area, "region": .region,
        "district": .district, "province": .province, "governorate": .province, "neighborhood": .neighbourhood,
        "neighbourhood": .neighbourhood, "suburb": .neighbourhood, "outskirts": .area, "capital": .city,
        "port": .city, "hamlet": .village, "villages": .village, "towns": .town,
    ]

    /// Words that start a mountain's name ("Mount Zardak", "Jabal Sinjar").
    static let mountainWords: Set<String> = ["mount", "mt", "jabal", "jebel"]

    /// Words that may stand in a run of capitalised words around a place without making the run a
    /// name of something else ("Kurdish", "Northern", "Mount").
    static let placeCompatible: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
        "upper", "lower", "mount", "mt", "the",
    ]
}
