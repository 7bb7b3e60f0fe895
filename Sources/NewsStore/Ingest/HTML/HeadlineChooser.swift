import Foundation

/// Chooses a page's headline among the places a page states it: the JSON-LD `headline`, the Open
/// Graph / Twitter title, the first `<h1>` and the `<title>`.
///
/// Each is first cleaned of the site's name ("… | CNN Politics", "Ars Technica – …"), learnt from
/// `og:site_name`, the JSON-LD publisher, the page's host, and the part `<title>` adds to another
/// candidate ("Headline - Site" beside an `og:title` "Headline"). The headline most sources agree
/// on wins (compared on letters and digits, so quote styles do not split a vote); a truncated
/// title ("Headline that goes o…") and a labelled one ("Opinion: Headline") vote for the full,
/// plain one when the page has it. On a tie the visible headline's order of trust decides:
/// JSON-LD, `<h1>`, Open Graph, `<title>`.
struct HeadlineChooser {
    /// Where a candidate came from, in the order of trust used on a tie.
    enum Source: Int, CaseIterable {
        case jsonLD, heading, openGraph, documentTitle
    }

    /// Separators sites put between a headline and their name.
    static let separators = [
        " | ", " – ", " — ", " - ", " :: ", " » ", " · ", " • ", " ｜ ", "｜", " / ", " : ", "：", " -- ", "_", ":",
    ]

    /// Labels a site may put before a headline in one source only ("Opinion: …").
    static let labels: Set<String> = [
        "opinion", "analysis", "commentary", "editorial", "review", "watch", "video", "exclusive", "live",
        "perspective", "column", "explainer", "podcast", "photos", "update",
    ]

    /// The candidates by source (empty ones left out).
    private(set) var candidates: [Source: String] = [:]
    /// Site names in `key` form.
    private(set) var siteKeys: Set<String> = []
    /// Section names in `key` form ("Politics"): dropped at the end of a title only.
    private(set) var sectionKeys: Set<String> = []

    /// Gathers the candidates and the names the site goes by.
    init(
        jsonLDHeadline: String?, openGraphTitle: String?, headings: [String], documentTitle: String?,
        siteNames: [String], sectionNames: [String] = [], pageURL: String?
    ) {
        let raw: [(Source, String?)] = [
            (.jsonLD, jsonLDHeadline), (.openGraph, openGraphTitle), (.documentTitle, documentTitle),
        ]
        for (source, text) in raw {
            guard let text = text.map(TextArticleReader.cleanLine), !text.isEmpty else { continue }
            candidates[source] = text
        }
        for name in siteNames {
            let key = Self.key(name)
            if key.count >= 2 { siteKeys.insert(key) }
        }
        siteKeys.formUnion(Self.hostKeys(pageURL))
        sectionKeys = Set(sectionNames.map(Self.key).filter { $0.count >= 3 })
        candidates[.heading] = headline(among: headings.map(TextArticleReader.cleanLine).filter { !$0.isEmpty })
    }

    /// The first `<h1>` that can be the headline: not a short heading that shares no word with a
    /// longer title the page gives elsewhere.
    ///
    /// Such a heading is furniture: a section ("Business Monday"), a logo, a greeting or a hidden
    /// widget's label ("Original text"). A heading beside a title that is only the site's name
    /// ("Site") is kept.
    private func headline(among headings: [String]) -> String? {
        let others = Array(candidates.values)
        let known = others.reduce(into: Set<String>()) { $0.formUnion(Self.words($1)) }.subtracting(siteKeys)
        return headings.first { heading in
            let count = Self.wordCount(heading)
            guard count <= Self.labelWords, others.contains(where: { Self.wordCount($0) > count }) else { return true }
            return !Self.words(heading).isDisjoint(with: known)
        }
    }

    private static func wordCount(_ text: String) -> Int { text.split(separator: " ").count }

    /// The most words a section label or logo heading has.
    static let labelWords = 6

    /// The words that carry meaning, in `key` form: four characters or more, or with a digit.
    static func words(_ text: String) -> Set<String> {
        let parts = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        return Set(parts.filter { $0.count >= 4 || $0.contains(where: \.isNumber) }.map { key(String($0)) })
    }

    /// The chosen headline, nil when the page states none.
    func headline() -> String? {
        var cleaned: [Source: String] = [:]
        for (source, text) in candidates {
            let stripped = withoutSiteName(text, source: source)
            guard !stripped.isEmpty else { continue }
            // A heading that is only the site's name is the logo, not a headline.
            if source == .heading, isSiteName(stripped, asPrefix: true) { continue }
            cleaned[source] = stripped
        }
        // UTF-8 read as Latin-1 ("fÃ¼r") in one source loses to the sources that read it right.
        if cleaned.values.contains(where: { !Self.isMisdecoded($0) }) {
            cleaned = cleaned.filter { !Self.isMisdecoded($0.value) }
        }
        guard !cleaned.isEmpty else { return nil }
        if cleaned.count == 1, let lone = cleaned[.documentTitle] {
            return HTMLArticleReader.withoutSiteName(lone)
        }
        var best: (text: String, support: Int)?
        for source in Source.allCases {
            guard let text = cleaned[source] else { continue }
            let support = cleaned.values.reduce(0) { $0 + (Self.supports($1, text) ? 1 : 0) }
            if best == nil || support > (best?.support ?? 0) {
                // Of equal headlines, the most trusted source's spelling (curly quotes and all),
                // unless another has fewer spaces: markup inside a heading can leave "Word : more".
                let key = Self.key(text)
                let agreeing = Source.allCases.compactMap { cleaned[$0] }.filter { Self.key($0) == key }
                let spaces = { (text: String) in text.reduce(0) { $0 + ($1.isWhitespace ? 1 : 0) } }
                let fewest = agreeing.map(spaces).min() ?? 0
                best = (agreeing.first { spaces($0) == fewest } ?? text, support)
            }
        }
        return best?.text
    }

    /// True for text whose UTF-8 was read as Latin-1: "Ã" or "Â" before a Latin-1 continuation
    /// character ("fÃ¼r" for "für").
    static func isMisdecoded(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous, previous == "Ã" || previous == "Â", (0x80...0xBF).contains(scalar.value) { return true }
            previous = scalar
        }
        return false
    }

    /// True when `voter` agrees with `headline`: the same letters and digits, a truncated start of
    /// it ("…"), or it with a label before it ("Opinion: …").
    static func supports(_ voter: String, _ headline: String) -> Bool {
        let voterKey = key(voter)
        let headlineKey = key(headline)
        if voterKey == headlineKey { return true }
        if let truncated = truncatedStart(voter), truncated.count >= 12, headlineKey.hasPrefix(truncated) {
            return true
        }
        if let colon = voter.range(of: ": "), labels.contains(voter[..<colon.lowerBound].lowercased()),
            key(String(voter[colon.upperBound...])) == headlineKey
        {
            return true
        }
        return false
    }

    /// The key of a title cut short with an ellipsis, without the ellipsis; nil for a whole one.
    private static func truncatedStart(_ text: String) -> String? {
        for ellipsis in ["…", "..."] where text.hasSuffix(ellipsis) {
            return key(String(text.dropLast(ellipsis.count)))
        }
        return nil
    }

    /// The title without site-name segments at either end, and without what `<title>` adds to
    /// another candidate ("Headline - Section - Site" beside "Headline").
    func withoutSiteName(_ title: String, source: Source) -> String {
        var text = title
        if source != .heading {
            // "Headline | Sport", "Headline-정치ㅣ한국일보" or "Kicker / Headline" beside a plain
            // "Headline": the other part must be the shorter one, so "Headline | The New Republic"
            // beside an `<h1>` logo "The New Republic" is not the logo with a prefix.
            // In the sources' fixed order: a dictionary's order changes from run to run, and two
            // candidates can each be the core of this one.
            for other in Source.allCases where other != source && other != .documentTitle {
                guard let core = candidates[other], let affix = Self.affix(core, in: text) else { continue }
                // A kicker only the `<h1>` lacks ("Kicker: Headline" beside "Headline") is printed
                // above the heading in an element of its own: part of the headline the page shows.
                // One the publisher's own metadata title leaves out is decoration.
                if affix.before, other == .heading, affix.separator == ":" || affix.separator == "：" { continue }
                return core
            }
        }
        var changed = true
        while changed {
            changed = false
            for separator in Self.separators where text.contains(separator) {
                let parts = text.components(separatedBy: separator)
                guard parts.count > 1, let first = parts.first, let last = parts.last else { continue }
                if isSiteName(last, asPrefix: false) || sectionKeys.contains(Self.key(last)) {
                    text = parts.dropLast().joined(separator: separator).trimmingCharacters(in: .whitespaces)
                    changed = true
                    break
                }
                if isSiteName(first, asPrefix: true) {
                    text = parts.dropFirst().joined(separator: separator).trimmingCharacters(in: .whitespaces)
                    changed = true
                    break
                }
            }
        }
        return text
    }

    /// Characters that part a headline from what a site adds to it, with or without spaces.
    static let separatorCharacters: Set<Character> = [
        "|", "-", "–", "—", ":", "·", "•", "/", "_", "»", "｜", "：", "~", "∙",
    ]

    /// True when `text` is `core` with a shorter part before or after it, parted by a separator
    /// character: "Headline | Sport" or "Kicker / Headline" around "Headline".
    static func isAffixed(_ core: String, in text: String) -> Bool { affix(core, in: text) != nil }

    /// Where `text` adds a shorter part to `core`, and the separator character that parts them;
    /// nil when it does not.
    static func affix(_ core: String, in text: String) -> (before: Bool, separator: Character)? {
        guard text.count > core.count + 1 else { return nil }
        let rest: Substring
        let boundary: Character?
        let before = !text.hasPrefix(core)
        if !before {
            rest = text.dropFirst(core.count)
            boundary = rest.first { !$0.isWhitespace }
        } else if text.hasSuffix(core) {
            rest = text.dropLast(core.count)
            boundary = rest.last { !$0.isWhitespace }
        } else {
            return nil
        }
        guard let boundary, separatorCharacters.contains(boundary) else { return nil }
        let added = rest.trimmingCharacters(in: .whitespaces).count - 1
        return added > 0 && added < core.count ? (before, boundary) : nil
    }

    /// True when a segment names the site: the name itself or part of it ("al.com", "Pastebin.com"),
    /// or, at the end of a title, a short segment that starts with or holds it ("CNN Politics",
    /// "Fandom powered by Wikia").
    func isSiteName(_ segment: String, asPrefix: Bool) -> Bool {
        let segmentKey = Self.key(segment)
        guard !segmentKey.isEmpty else { return false }
        let words = segment.split(separator: " ").count
        for site in siteKeys {
            if segmentKey == site { return true }
            if segmentKey.count >= 3, site.contains(segmentKey) { return true }
            if !asPrefix, site.count >= 3, words <= 6, segmentKey.contains(site) { return true }
        }
        return false
    }

    /// Lower-cased letters and digits only: how titles and site names are compared.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    /// "https://www.engadget.com/2020/…" → ["engadget", "engadgetcom"]; "www.yomiuri.co.jp" →
    /// ["yomiuri", "yomiuricojp"].
    static func hostKeys(_ url: String?) -> Set<String> {
        guard let url, let scheme = url.range(of: "://") else { return [] }
        let host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        var labels = host.split(separator: ".").map(String.init)
        if labels.first == "www" { labels.removeFirst() }
        guard labels.count >= 2 else { return [] }
        var keys: Set<String> = [key(labels.joined())]
        // The registrable name: before a two-part suffix such as "co.uk" or "com.au".
        var index = labels.count - 2
        if index > 0, labels[index].count <= 3 { index -= 1 }
        let name = key(labels[index])
        if name.count >= 3 { keys.insert(name) }
        return keys
    }
}
