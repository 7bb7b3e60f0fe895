import Foundation
import Testing

@testable import NewsStore

/// Property tests over generated inputs, seeded so a failure repeats: the query parser, the
/// text cleaner, the HTML reader, the publication-date parser and the date resolver never
/// crash or hang, and every failure is a clean `NewsStoreError`. (Longer, coverage-guided runs:
/// the newsq-fuzz libFuzzer target, FUZZING.md.)
@Suite struct FuzzPropertyTests {
    /// SplitMix64: a tiny seeded generator, so every run tries the same inputs.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
        mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }
    }

    /// Pieces the generated text is made of: the syntax each reader looks for, and bytes it
    /// should not expect.
    static let queryPieces = [
        "mosul", "al-Shourah", "\"", "\"isis\"", "-", "*", "x*", "(", ")", " OR ", " AND ", " NOT ", "NEAR(", "title:",
        "body:", ":", "^", "+", " ", "  ", "\t", "'", "\\", "é", "Şırnak", "東京", "🙂", "\u{0}", "\u{202E}", "OR",
        "-\"", "\"*", "**", "()", "title:\"", "a OR a OR a", "x* x* x*", "{", "}", ",", ";", "--", "/*",
    ]
    static let datePieces = [
        "2016", "-", "10", "13", "45", "0", "0000", "9999", "99999", "-1", "T", "Z", ":", "12:30", "+05:30", "PM",
        "AM", "ET", "EDT", "GMT", " ", ",", "Updated", "Published", "Mon", "Tuesday", "October", "Feb", "29", "30",
        "31", "1", "last", "next", "week", "ago", "days", "year", "on", "the", "Sunday", "weekend", "month",
        "earlier this", "later this", "2016-13-45", "February 30, 2016", "year 0", "\u{0}", "é",
    ]
    static let htmlPieces = [
        "<", ">", "</", "/>", "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<script>", "</script>",
        "<style>", "<!--", "-->", "<![CDATA[", "]]>",
        "<meta property=\"article:published_time\" content=\"2016-10-17\">",
        "<title>", "</title>", "<h1>", "</h1>", "&amp;", "&#x", "&#99999999;", "&nbsp", "\"", "'", "=", " ",
        "Mosul", "text ", "<a href=x>", "</a>", "<br>", "<figure><figcaption>", "</figcaption></figure>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"", "\"}", "\u{0}", "\u{FFFD}",
    ]

    /// A string of 0–`maxPieces` pieces, now and then with a random scalar mixed in.
    static func text(from pieces: [String], maxPieces: Int, _ random: inout Generator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &random) {
            if random.chance(8) {
                let value = UInt32.random(in: 0...0x10FFFF, using: &random)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
            } else {
                text += random.pick(pieces)
            }
        }
        return text
    }

    /// `data` with a few bytes flipped, cut, duplicated or dropped.
    static func mutate(_ data: Data, _ random: inout Generator) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...64, using: &random)))
            case 2: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 40)], at: index)
            case 3: bytes = Array(bytes[..<index])
            default: bytes.insert(random.pick([0x3C, 0x3E, 0x26, 0x22, 0x0A, 0x00, 0xFF]), at: index)
            }
        }
        return Data(bytes)
    }

    /// Runs `body`, recording anything it throws that is not a `NewsStoreError`.
    static func expectCleanFailure(_ input: @autoclosure () -> String, _ body: () throws -> Void) {
        do {
            try body()
        } catch is NewsStoreError {
        } catch {
            Issue.record("\(type(of: error)) for \(input().debugDescription.prefix(300)): \(error)")
        }
    }

    @Test func searchTextIsAnsweredOrRefusedCleanlyAndNeverReachesFTS5Raw() throws {
        let store = try NewsStore(path: ":memory:", access: .create)
        _ = try store.importArticle(Data(StoreFixtures.floods.utf8), origin: "floods.txt")
        var random = Generator(state: 10)
        var answered = 0
        for _ in 0..<3_000 {
            let query = Self.text(from: Self.queryPieces, maxPieces: 12, &random)
            // A parsed query is valid FTS5 by construction: SQLite must never refuse it.
            Self.expectCleanFailure(query) {
                _ = try store.search(query)
                answered += 1
            }
        }
        #expect(answered > 1_000)
    }

    @Test func theTextCleanerTakesAnyBytesAndFailsOnlyWithAReason() throws {
        // The seed article's head (title, byline, dateline, first paragraphs): the whole of it
        // makes each round ten times slower and reaches no other code.
        let seed = try Data(contentsOf: TestSupport.seedURL).prefix(2_500)
        var random = Generator(state: 11)
        var read = 0
        for round in 0..<2_000 {
            let data =
                round % 2 == 0
                ? Self.mutate(seed, &random) : Data(Self.text(from: Self.datePieces, maxPieces: 60, &random).utf8)
            Self.expectCleanFailure(String(decoding: data.prefix(200), as: UTF8.self)) {
                let article = try TextArticleReader().read(data, origin: "fuzz.txt")
                #expect(!article.title.isEmpty)
                read += 1
            }
        }
        #expect(read > 500)
    }

    @Test func theHTMLReaderTakesTagSoupAndMutatedPagesAndFailsOnlyWithAReason() throws {
        let page = """
            <!doctype html><html><head><title>After ISIS loses Mosul - CNN</title>
            <meta property="article:published_time" content="2016-10-17T13:01:00Z">
            <meta name="author" content="Peter Bergen"></head><body><nav><a href="/">Home</a></nav>
            <article><h1>What happens after ISIS loses Mosul?</h1><p class="byline">By Peter Bergen, CNN</p>
            <p>The battle for Mosul began on Monday, October 17, 2016, officials in Baghdad said.</p>
            <figure><img src="x.jpg"><figcaption>Smoke over Mosul</figcaption></figure>
            <p>Fighters may retreat to Raqqa in Syria &amp; hold out for months.</p>
            <script>var x = "<p>not text</p>";</script></article><footer>© CNN</footer></body></html>
            """
        var random = Generator(state: 12)
        var read = 0
        for round in 0..<2_000 {
            let data =
                round % 2 == 0
                ? Self.mutate(Data(page.utf8), &random)
                : Data(("<html>" + Self.text(from: Self.htmlPieces, maxPieces: 80, &random)).utf8)
            Self.expectCleanFailure(String(decoding: data.prefix(200), as: UTF8.self)) {
                _ = try HTMLArticleReader().read(data, origin: "fuzz.html")
                read += 1
            }
        }
        #expect(read > 500)
    }

    /// A date-shaped text: a label, a weekday, a month and numbers in or just out of range, or
    /// an ISO stamp with such fields; now and then with random pieces before and after.
    static func dateText(_ random: inout Generator) -> String {
        let year = String(format: "%04d", Int.random(in: 0...9_999, using: &random))
        let month = String(format: "%02d", Int.random(in: 0...19, using: &random))
        let day = String(format: "%02d", Int.random(in: 0...39, using: &random))
        let name = random.pick(["October", "Feb", "Sept", "december", "May", "Mon", "13"])
        let core: String
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            core =
                "\(random.pick(["Updated", "Published", "Posted on", ""])) \(random.pick(["", "12:30 PM ET,", "9:00 AM"]))"
                + " \(random.pick(["Tue", "Sunday", ""])) \(name) \(Int(day) ?? 1), \(year)"
        case 1:
            core = "\(year)-\(month)-\(day)" + random.pick(["", "T12:30:00Z", "T25:61:00Z", "T10:00+05:30", " 10:00Z"])
        default:
            core =
                "on \(name) \(Int(day) ?? 1), \(year) and \(random.pick(["last", "next", "this"]))"
                + " \(random.pick(["week", "Sunday", "month", "year", "weekend"]))"
        }
        guard random.chance(30) else { return core }
        return Self.text(from: Self.datePieces, maxPieces: 3, &random) + core
            + Self.text(from: Self.datePieces, maxPieces: 3, &random)
    }

    @Test func thePublicationDateParserGivesOnlyRealDays() {
        var random = Generator(state: 13)
        var parsed = 0
        for round in 0..<5_000 {
            let text =
                round % 2 == 0 ? Self.dateText(&random) : Self.text(from: Self.datePieces, maxPieces: 10, &random)
            guard let stamp = PublicationDateParser().parse(text) else { continue }
            parsed += 1
            #expect(
                CalendarDay(iso: String(stamp.storedText.prefix(10))) != nil,
                "\(text.debugDescription) gave \(stamp.storedText)")
        }
        #expect(parsed > 100)
    }

    @Test func theDateResolverGivesOrderedSpansForAnyExpressionAndDay() {
        let recognizer = DateExpressionRecognizer()
        var random = Generator(state: 14)
        var resolved = 0
        for _ in 0..<5_000 {
            let text = Self.dateText(&random)
            let day = CalendarDay(
                year: Int.random(in: 1...9_999, using: &random), month: Int.random(in: 1...12, using: &random),
                day: Int.random(in: 1...28, using: &random))
            for expression in recognizer.expressions(in: text) {
                let publication = random.chance(20) ? nil : day
                guard
                    let date = DateResolver().resolve(
                        expression, publishedOn: publication, aboutFuture: random.chance(50))
                else { continue }
                resolved += 1
                #expect(date.start <= date.end, "\(text.debugDescription) on \(String(describing: day))")
            }
        }
        #expect(resolved > 500)
    }
}
