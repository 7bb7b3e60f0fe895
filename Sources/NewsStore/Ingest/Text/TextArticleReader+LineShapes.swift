import Foundation

/// The shapes of lines that are page furniture rather than article text. Each rule looks at the
/// form of a line (length, punctuation, repetition, a leading imperative), never at its exact wording,
/// except for the handful of interface labels every gallery prints.
extension TextArticleReader {
    /// Gallery and page controls printed as text.
    static let interfaceLabels: Set<String> = [
        "hide caption", "show caption", "caption", "toggle caption", "expand", "collapse", "close", "read more",
        "continue reading", "advertisement", "ad", "skip ad", "replay", "more videos", "watch", "loading",
        "enlarge this image", "click to expand", "story continues below", "back to top", "related",
        "related articles", "related content", "most read", "top stories", "see more", "show more", "next",
        "previous", "prev", "play video", "play", "pause", "full screen", "share this", "image", "photo",
    ]

    /// Words of a share bar ("PRINT EMAIL", "Share Tweet Email").
    private static let shareWords: Set<String> = [
        "print", "email", "e-mail", "share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
        "reddit", "comment", "comments", "save", "copy", "link", "pin", "messenger", "sms", "x",
    ]

    /// How a promo line starts: an imperative aimed at the reader.
    private static let promoOpenings = [
        "follow ", "join us", "join the conversation", "chat with us", "like us", "sign up", "subscribe",
        "download ", "get the ", "get our ", "click here", "tap here", "watch more", "listen to our",
        "share this", "send us", "email us", "read our", "don't miss", "check out our",
    ]

    /// Channels a promo line sends the reader to.
    private static let platformWords: Set<String> = [
        "facebook", "twitter", "instagram", "messenger", "newsletter", "newsletters", "app", "youtube", "tiktok",
        "whatsapp", "linkedin", "podcast", "alerts", "rss", "snapchat", "threads", "bluesky",
    ]

    /// The words of a line.
    static func words(_ line: String) -> [Substring] { line.split(whereSeparator: \.isWhitespace) }

    /// True when the line ends like a sentence: `.`, `!`, `?` or `…`, maybe inside closing quotes.
    static func endsSentence(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’)]» "))
        guard let last = trimmed.last else { return false }
        return ".!?…:;".contains(last)
    }

    /// A line that could be a headline, a label or a link: a few words with no sentence ending.
    static func isHeadlineShaped(_ line: String, maximumWords: Int = 20) -> Bool {
        let count = words(line).count
        return count > 0 && count <= maximumWords && !endsSentence(line)
    }

    /// "3 of 17", the position counter of a gallery.
    static func isCounter(_ line: String) -> Bool {
        // Parsed by hand: this runs on every line, and a regex here dominated the reader's time.
        guard line.count <= 12 else { return false }
        let parts = line.replacingOccurrences(of: "/", with: " of ").split(separator: " ")
        guard parts.count == 3, parts[1].lowercased() == "of", let position = Int(parts[0]), let total = Int(parts[2])
        else { return false }
        return position >= 1 && position <= total && total < 1000
    }

    /// "Hide Caption", "Read More" and other controls, also with a trailing arrow or colon.
    static func isInterfaceLabel(_ line: String) -> Bool {
        guard line.utf8.count <= 40 else { return false }
        let bare = line.trimmingCharacters(in: CharacterSet(charactersIn: " :»›>→…|")).lowercased()
        return interfaceLabels.contains(bare)
    }

    /// A bar of sharing buttons.
    static func isShareBar(_ line: String) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        let parts = words(line.replacingOccurrences(of: "|", with: " "))
        return !parts.isEmpty && parts.count <= 8 && parts.allSatisfy { shareWords.contains($0.lowercased()) }
    }

    /// "Photos: Iraq-led forces begin operation to recapture Mosul", the title a gallery repeats
    /// on every slide.
    static func isGalleryLabel(_ line: String) -> Bool {
        let lowered = line.prefix(20).lowercased()
        let labels = ["photos", "photo", "gallery", "in pictures", "slideshow", "pictures"]
        guard labels.contains(where: { lowered.hasPrefix($0 + ":") || lowered.hasPrefix($0 + " :") }) else {
            return false
        }
        return isHeadlineShaped(line, maximumWords: 20)
    }

    /// "Follow CNN Opinion", "Join us on Twitter and Facebook", "Chat with us in Facebook Messenger.
    /// Find out what's happening…": an imperative opening that names a platform, or is only a
    /// few words long.
    static func isPromo(_ line: String) -> Bool {
        let opening = line.prefix(30).lowercased()
        guard promoOpenings.contains(where: { opening.hasPrefix($0) }) else { return false }
        let parts = words(line.lowercased())
        guard parts.count <= 25 else { return false }
        let namesPlatform = parts.contains { platformWords.contains($0.trimmingCharacters(in: .punctuationCharacters)) }
        return namesPlatform || (parts.count <= 5 && !endsSentence(line))
    }

    /// "11 mosul 1017 RESTRICTED17 mosul 1017 …": image file names run together. Many tokens carry
    /// digits, the letters repeat, and nothing ends a sentence.
    static func isFileNameRun(_ line: String) -> Bool {
        guard !endsSentence(line) else { return false }
        let tokens = words(line)
        // "google.JPG": a lone image file name left where the picture was.
        let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff"]
        if tokens.count <= 3,
            tokens.allSatisfy({ token in
                let parts = token.split(separator: ".")
                return parts.count >= 2 && imageExtensions.contains(parts[parts.count - 1].lowercased())
            })
        {
            return true
        }
        guard tokens.count >= 6 else { return false }
        let withDigits = tokens.filter { $0.contains(where: \.isNumber) }.count
        guard Double(withDigits) >= 0.35 * Double(tokens.count) else { return false }
        let stems = tokens.map { $0.filter(\.isLetter).lowercased() }
        return Double(Set(stems).count) <= 0.5 * Double(tokens.count)
    }

    /// A photo caption that ends in its credit ("… at a temple in Bali. -- PHOTO: COURTESY OF STUART
    /// SCOTT", "… on Monday. (Photo: Jane Doe/Getty Images)").
    static func isCreditedCaption(_ line: String) -> Bool {
        // The credit sits in the last few dozen characters; matching only there keeps this cheap.
        let tail = String(line.suffix(100))
        let lowered = tail.lowercased()
        guard ["photo", "image", "picture", "credit"].contains(where: { lowered.contains($0) }),
            words(line).count <= 80
        else { return false }
        return tail.contains(#/(?:--|—|–)\s*(?i:photos?|image|picture|credit)\s*:\s*[^.!?]{2,80}$/#)
            || tail.contains(#/\((?i:photos?|image|picture|credit)\s*:\s*[^)]{2,80}\)$/#)
    }

    /// A paragraph whose last sentence says the opinions in the piece are the author's: a
    /// contributor note, not article text.
    static func isContributorNote(_ line: String) -> Bool {
        guard line.contains("expressed"), let last = SentenceSplitter().sentences(in: line).last?.text else {
            return false
        }
        return last.contains(
            #/^(?i:the )?(?i:opinions?|views?) (?i:expressed )(?i:in this|here)[^.]*? (?i:are|is) (?i:his|hers|theirs|her|their|solely|the author|those|entirely)/#
        )
    }

    /// Two neighbouring link-like lines where one contains the other ("This is not the Crusades:
    /// … ISIS" and "… ISIS (Opinion)"; "The US can't afford … them" and "US can't afford …"): a
    /// cross-link headline printed twice.
    static func areTwinHeadlines(_ first: String, _ second: String) -> Bool {
        guard isHeadlineShaped(first, maximumWords: 25) || first.hasSuffix("?"),
            isHeadlineShaped(second, maximumWords: 25) || second.hasSuffix("?")
        else { return false }
        let a = comparable(first)
        let b = comparable(second)
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard words(short).count >= 3 else { return false }
        return long.contains(short)
    }

    /// Lower case, letters and digits only, single-spaced, without a trailing "(Opinion)" tag or a
    /// leading article.
    static func comparable(_ line: String) -> String {
        var text = line.lowercased()
        if let range = text.firstRange(of: #/\s*\([^)]*\)\s*$/#) { text.removeSubrange(range) }
        let folded = text.map { $0.isLetter || $0.isNumber ? $0 : " " }
        var joined = words(String(folded)).joined(separator: " ")
        for article in ["the ", "a ", "an "] where joined.hasPrefix(article) {
            joined.removeFirst(article.count)
            break
        }
        return joined
    }
}
