import Foundation

/// Reads a printed byline ("By Peter Bergen, CNN National Security Analyst") into people, their
/// role and their outlet.
///
/// The names come first; the first comma-separated part that is not a name starts the "tail", which
/// is the role of everyone named. Several names are recognised only as an English list ("A and B",
/// "A, B and C"), so "Jane Doe, Kyiv Post" is one person with an outlet, not two people.
struct BylineParser {
    /// Outlets recognised at the start or end of a role, longest spellings first so "The New York
    /// Times" wins over "Time".
    static let outlets: [String] = [
        "The New York Times", "The Washington Post", "Associated Press", "The Guardian", "Al Jazeera",
        "Fox News", "NBC News", "CBS News", "ABC News", "Bloomberg", "Reuters", "Wired", "Time", "CNN", "AFP",
        "BBC", "NYT", "NPR", "AP",
    ]

    /// Words that make a part of a byline a job title rather than a name.
    private static let roleWords: Set<String> = [
        "analyst", "reporter", "correspondent", "editor", "writer", "contributor", "columnist", "producer",
        "staff", "special", "senior", "chief", "bureau", "photographer", "photojournalist", "host", "anchor",
        "commentator", "journalist", "author", "director", "professor", "fellow", "intern", "team", "desk",
        "news", "wire", "services", "service", "agency", "international", "national", "security", "political",
        "opinion", "contributing", "associate", "deputy", "managing", "executive", "global", "digital",
    ]

    /// Lower-case words allowed inside a name ("Ludwig van Beethoven", "Abu Bakr al-Baghdadi").
    private static let nameParticles: Set<String> = [
        "de", "da", "do", "dos", "das", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "al",
        "el", "bin", "ibn", "ben", "y", "st.",
    ]

    private static let prefixes = ["story by ", "written by ", "reported by ", "words by ", "by "]

    /// True when the line is a byline: "By …"/"Story by …" followed by a name, or "Name | Outlet".
    func isBylineLine(_ line: String) -> Bool {
        let text = Self.clean(line)
        guard !text.isEmpty, text.split(separator: " ").count <= 24 else { return false }
        // A trailing period usually ends a sentence ("By then it was over."), unless it is an initial.
        if text.hasSuffix(".") { return isShortBylineEndingInInitial(text) }
        let lowered = text.lowercased()
        if Self.prefixes.contains(where: { lowered.hasPrefix($0) }) {
            return !parse(text).isEmpty
        }
        // "Jane Doe | Reuters": a name, a bar, something short.
        let parts = text.components(separatedBy: " | ")
        // Two words at least: a lone capitalised word before a bar is usually a section ("Analysis | …").
        guard parts.count == 2, let name = parts.first, Self.looksLikeName(name), name.split(separator: " ").count >= 2,
            parts[1].split(separator: " ").count <= 5
        else { return false }
        return true
    }

    /// The people in a byline, each with the shared role and outlet. Empty when no name is found.
    ///
    /// ```swift
    /// BylineParser().parse("By Jane Doe and John Roe, CNN")
    /// // [Byline(name: "Jane Doe", outlet: "CNN"), Byline(name: "John Roe", outlet: "CNN")]
    /// ```
    func parse(_ line: String) -> [Byline] {
        var text = Self.clean(line)
        let lowered = text.lowercased()
        if let prefix = Self.prefixes.first(where: { lowered.hasPrefix($0) }) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        var tail: String?
        for separator in [" | ", " — ", " -- ", " – "] where text.contains(separator) {
            let parts = text.components(separatedBy: separator)
            text = parts[0]
            tail = parts.dropFirst().joined(separator: separator)
            break
        }
        let segments = text.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let (names, consumed) = Self.names(in: segments) else { return [] }
        let rest = segments.dropFirst(consumed).filter { !$0.isEmpty }.joined(separator: ", ")
        let roleText = [rest, tail ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        let (role, outlet) = Self.roleAndOutlet(roleText)
        return names.map { Byline(name: Self.foldCase($0), role: role, outlet: outlet) }
    }

    // MARK: Names

    /// The names at the start of `segments` and how many segments they used. A list of several
    /// names must be closed by "and"/"&"; otherwise only the first segment is a name.
    private static func names(in segments: [String]) -> ([String], Int)? {
        if let closing = segments.firstIndex(where: { splitAnd($0).count > 1 }) {
            let people = segments[...closing].flatMap(splitAnd).filter { !$0.isEmpty }
            if people.allSatisfy(looksLikeName) { return (people, closing + 1) }
        }
        guard let first = segments.first, looksLikeName(first) else { return nil }
        return ([first], 1)
    }

    /// "A and B", "A & B", and the same in the languages of the corpus ("A und B", "A og B", "A och B",
    /// "A et B"); "and C" after an Oxford comma is the list's last name.
    private static func splitAnd(_ segment: String) -> [String] {
        var parts = [segment]
        for conjunction in [" and ", " & ", " und ", " og ", " och ", " et "] {
            parts = parts.flatMap { $0.components(separatedBy: conjunction) }
        }
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 1, let last = parts.first, last.lowercased().hasPrefix("and ") {
            return ["", String(last.dropFirst(4)).trimmingCharacters(in: .whitespaces)]
        }
        return parts
    }

    /// One to five capitalised words (particles and initials allowed), not an outlet or a job title.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        guard (1...5).contains(words.count), outlet(matching: text) == nil else { return false }
        var capitalised = 0
        for word in words {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".'’"))
            if nameParticles.contains(word.lowercased()) && word.first?.isLowercase == true { continue }
            if word.lowercased().hasPrefix("al-") || word.lowercased().hasPrefix("el-") {
                capitalised += 1
                continue
            }
            guard let first = bare.first, first.isUppercase, !roleWords.contains(bare.lowercased()) else {
                return false
            }
            guard bare.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }) else {
                return false
            }
            capitalised += 1
        }
        // A single word is a name only when it is not a common word in capitals ("BREAKING").
        return capitalised >= 2 || (capitalised == 1 && words.count == 1 && words[0].count > 2 && !isAllCaps(words[0]))
    }

    // MARK: Role and outlet

    /// "CNN National Security Analyst" → (that, "CNN"); "CNN" → (nil, "CNN"); "The Straits Times" →
    /// (nil, "The Straits Times"); "Senior Writer" → ("Senior Writer", nil).
    private static func roleAndOutlet(_ text: String) -> (String?, String?) {
        let tail = text.trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty else { return (nil, nil) }
        if let whole = outlet(matching: tail) { return (nil, whole) }
        let lowered = tail.lowercased()
        for outlet in outlets {
            let name = outlet.lowercased()
            if lowered.hasPrefix(name + " ") || lowered.hasPrefix(name + "'s ") || lowered.hasSuffix(" " + name) {
                return (tail, outlet)
            }
        }
        let words = tail.split(separator: " ")
        let isCapitalisedPhrase =
            words.count <= 4
            && words.allSatisfy { word in
                let lower = word.lowercased()
                return (word.first?.isUppercase == true || lower == "the" || lower == "of")
                    && !roleWords.contains(lower)
            }
        return isCapitalisedPhrase ? (nil, tail) : (tail, nil)
    }

    /// The list's spelling of an outlet that `text` names exactly (ignoring case and a leading "the").
    private static func outlet(matching text: String) -> String? {
        let lowered = text.lowercased()
        return outlets.first { outlet in
            let name = outlet.lowercased()
            return lowered == name || "the " + lowered == name || lowered == "the " + name
        }
    }

    // MARK: Text

    /// Trims, collapses spaces and drops a trailing comma or colon.
    private static func clean(_ line: String) -> String {
        let words = line.split(whereSeparator: \.isWhitespace)
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))
    }

    /// "By Jane W." ends in an initial, not a sentence.
    private func isShortBylineEndingInInitial(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last, last.count == 2, last.first?.isUppercase == true else {
            return false
        }
        let lowered = text.lowercased()
        return Self.prefixes.contains(where: { lowered.hasPrefix($0) }) && !parse(text).isEmpty
    }

    private static func isAllCaps(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// "JANE DOE" → "Jane Doe", "O'BRIEN" → "O'Brien"; names already in mixed case are kept.
    static func foldCase(_ name: String) -> String {
        guard isAllCaps(name) else { return name }
        var result = ""
        var startOfPart = true
        for character in name {
            result += startOfPart ? character.uppercased() : character.lowercased()
            startOfPart = !character.isLetter && character != "."
        }
        return result
    }
}
