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
        "father", "brother", "sister", "uncle", "aunt", "saint",
    ]

    /// Common given names (folded) that start a person's name; none is also a country.
    static let givenNames: Set<String> = [
        "abu", "abdul", "abdullah", "ahmed", "ahmad", "ali", "hassan", "hussein", "haider", "haidar", "mohammed",
        "muhammad", "mohammad", "mohamed", "omar", "osama", "ayman", "bashar", "hafez", "saddam", "nouri", "masoud",
        "massoud", "recep", "vladimir", "barack", "donald", "hillary", "bill", "george", "john", "james", "robert",
        "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
        "anthony", "mark", "paul", "steven", "stephen", "andrew", "kenneth", "joshua", "kevin", "brian", "edward",
        "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "larry",
        "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander", "patrick",
        "jack", "dennis", "jerry", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary",
        "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald",
        "carl", "terry", "sean", "arthur", "jesse", "dylan", "bryan", "joe",
        "billy", "bruce", "albert", "willie", "gabriel", "alan", "juan", "wayne", "roy", "ralph", "randy",
        "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "mary", "patricia",
        "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
        "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
        "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
        "julie", "joyce", "evelyn", "joan", "kelly", "christina", "lauren", "judith", "megan",
        "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn",
        "sara", "janice", "jean", "alice", "doris", "abigail", "julia", "judy", "grace", "denise",
        "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie",
        "isabella", "rose", "alexis", "kayla", "angela", "azeem", "barak", "benjamin", "angela",
        "theresa", "tony", "boris", "emmanuel", "francois", "nicolas", "jacques", "angela", "xi", "narendra",
        "shinzo", "kim", "moon", "anderson", "chris", "jim", "tom", "mike", "dave", "bob", "ted", "jeb", "marco",
        "bernie", "mitt", "rand", "newt", "nancy", "chuck", "harry", "joe", "kamala", "rudy",
    ]

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
