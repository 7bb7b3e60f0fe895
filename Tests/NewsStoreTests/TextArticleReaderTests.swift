import Foundation
import Testing

@testable import NewsStore

@Suite struct TextArticleReaderTests {
    let reader = TextArticleReader()

    /// The package root: three levels up from Tests/NewsStoreTests/this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedURL = packageRoot.appendingPathComponent("SampleData/cnn-2016-10-17-after-isis-loses-mosul.txt")
    static let cliffFolder = packageRoot.appendingPathComponent("../shared/corpus/text/cliff").standardizedFileURL
    static let hasCliff = FileManager.default.fileExists(atPath: cliffFolder.path)

    func seed() throws -> CleanedArticle {
        try reader.read(try Data(contentsOf: Self.seedURL), origin: Self.seedURL.path)
    }

    // MARK: The seed article

    @Test func seedHeadBylineAndStampsAreRead() throws {
        let article = try seed()
        #expect(article.title == "What happens after ISIS loses Mosul?")
        #expect(article.bylineText == "By Peter Bergen, CNN National Security Analyst")
        #expect(
            article.authors == [Byline(name: "Peter Bergen", role: "CNN National Security Analyst", outlet: "CNN")])
        #expect(article.publishedAt?.iso == "2016-10-17")
        #expect(article.publishedTimeZone == nil)
        #expect(article.updatedAt?.iso == "2016-10-17T17:01:00Z")
        #expect(article.updatedTimeZone == "America/New_York")
        #expect(article.source == "CNN")
        #expect(article.language == "en")
    }

    @Test func seedHighlightsLoseTheirBullets() throws {
        let article = try seed()
        #expect(article.highlights.count == 2)
        #expect(article.highlights.first?.hasPrefix("Peter Bergen says loss of the hugely symbolic city") == true)
        #expect(
            article.highlights.last
                == "Bergen: Not all of the thousands of ISIS fighters who are hunkered down in the city will be "
                + "captured or killed. Where will they go?")
    }

    @Test func seedCaptionsAreKeptOnceEachWithEntitiesDecoded() throws {
        let article = try seed()
        #expect(article.captions.count == 17)
        #expect(Set(article.captions).count == 17)
        #expect(article.captions.first?.hasSuffix("said \"the victory bell has rung.\"") == true)
        #expect(article.captions[1].hasSuffix("Mosul represents ISIS' last stronghold in Iraq."))
        #expect(article.captions.last == "A Sunni Iraqi policeman prays at the Qayyara airbase base on October 16.")
        #expect(!article.captions.joined().contains("&"))
    }

    @Test func seedBodyStartsAtTheDatelineAndEndsWithTheLastParagraph() throws {
        let body = try seed().body
        #expect(body.hasPrefix("So it begins: The long-envisioned assault on Mosul"))
        #expect(body.hasSuffix("is likely to last for decades."))
        let paragraphs = body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 17)
        #expect(paragraphs.allSatisfy { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.contains("\n") })
    }

    @Test func seedBodyHasNoFurniture() throws {
        let body = try seed().body
        for debris in [
            "Hide Caption", "of 17", "Photos:", "RESTRICTED", "Read More", "Follow CNN Opinion", "Join us on Twitter",
            "Facebook Messenger", "This is not the Crusades", "(Opinion)", "afford to forget its wars",
            "opinions expressed", "Peter Bergen is CNN's", "(CNN)", "victory bell", "Story highlights", "&#39;",
        ] {
            #expect(!body.contains(debris), "body still contains \(debris)")
        }
    }

    // MARK: Rules, one small text each

    @Test func galleryCounterAndDoubledCaptionLeaveOneCaptionAndNoBodyText() throws {
        let text = """
            A headline about a flood

            Water covers the main road in the town on Friday.
            Photos: Floods in the valley
            Water covers the main road in the town on Friday.
            Hide Caption
            1 of 2
            Volunteers fill sandbags near the river &quot;all night&quot;.
            Photos: Floods in the valley
            Volunteers fill sandbags near the river "all night".
            Hide Caption
            2 of 2

            The river rose three metres overnight. Residents were told to leave their homes.
            """
        let article = try reader.read(text, origin: "-")
        #expect(article.title == "A headline about a flood")
        #expect(
            article.captions == [
                "Water covers the main road in the town on Friday.",
                "Volunteers fill sandbags near the river \"all night\".",
            ])
        #expect(article.body == "The river rose three metres overnight. Residents were told to leave their homes.")
    }

    @Test func aLoneCounterLineIsDroppedAndTheLineAboveKept() throws {
        let text = "Headline here\n\nFirst paragraph of the story is here.\n3 of 10\nSecond paragraph is here."
        let article = try reader.read(text, origin: "-")
        #expect(article.body == "First paragraph of the story is here.\n\nSecond paragraph is here.")
        #expect(article.captions.isEmpty)
    }

    @Test func doubleEscapedEntitiesAreDecoded() throws {
        let text =
            "Officials say &amp;quot;no&amp;quot;\n\nThe mayor&#x27;s office said &amp;#39;later&amp;#39; on Monday."
        let article = try reader.read(text, origin: "-")
        #expect(article.title == "Officials say \"no\"")
        #expect(article.body == "The mayor's office said 'later' on Monday.")
    }

    @Test func repeatedCrossLinkHeadlineIsDroppedInBothForms() throws {
        let text = """
            Main headline

            The council met on Tuesday to discuss the budget.
            Why cities are running out of money
            Why cities are running out of money (Analysis)
            The vote is expected next week.
            The hidden cost of free parking -- and who pays it
            Hidden cost of free parking
            Members said they would return in May.
            """
        let article = try reader.read(text, origin: "-")
        #expect(
            article.body.components(separatedBy: "\n\n") == [
                "The council met on Tuesday to discuss the budget.", "The vote is expected next week.",
                "Members said they would return in May.",
            ])
    }

    @Test func shortLinkLineRepeatedFarApartIsDropped() throws {
        let text = "Main headline\n\nFirst paragraph.\nMore from Metro\nSecond paragraph.\nThird one.\nMore from Metro"
        #expect(try reader.read(text, origin: "-").body == "First paragraph.\n\nSecond paragraph.\n\nThird one.")
    }

    @Test func promoLinesAreDropped() throws {
        let text = """
            Main headline

            Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.
            The council met on Tuesday.
            Read More
            Follow Metro News
            Join us on Twitter and Facebook
            Sign up for our morning newsletter
            PRINT EMAIL
            Follow the money, the auditor said, and you will find the answer.
            """
        let article = try reader.read(text, origin: "-")
        #expect(
            article.body
                == "The council met on Tuesday.\n\nFollow the money, the auditor said, and you will find the answer.")
    }

    @Test func contributorNoteBeforeTheDatelineIsDropped() throws {
        let text = """
            Why the vote matters

            By Jane Doe, Special to CNN

            Jane Doe is a professor of history. The opinions expressed in this commentary are solely those of the author.

            (CNN)The vote on Tuesday will decide the city's future.
            """
        let article = try reader.read(text, origin: "-")
        #expect(article.body == "The vote on Tuesday will decide the city's future.")
        #expect(article.source == "CNN")
        #expect(article.authors == [Byline(name: "Jane Doe", role: "Special to CNN", outlet: "CNN")])
    }

    @Test func contributorNoteAtTheEndIsDroppedWithoutADateline() throws {
        let text = "Headline\n\nThe vote is on Tuesday.\n\nJane Doe is a writer. The views expressed here are her own."
        #expect(try reader.read(text, origin: "-").body == "The vote is on Tuesday.")
    }

    @Test func placeAndDashDatelineIsRemovedAndNamesTheSource() throws {
        let text = "Markets fall\n\nLONDON (Reuters) - Shares fell sharply on Monday."
        let article = try reader.read(text, origin: "-")
        #expect(article.body == "Shares fell sharply on Monday.")
        #expect(article.source == "Reuters")
    }

    @Test func datelineWithAPlaceInAnotherScriptIsRemoved() throws {
        let text = "عنوان الخبر\n\nدمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة."
        let article = try reader.read(text, origin: "-")
        #expect(article.source == "CNN")
        #expect(article.body == "أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة.")
        #expect(article.language == nil)
    }

    @Test func anAcronymInBracketsInsideASentenceIsNotADateline() throws {
        let text = "Ship arrives\n\nThe boat came on Monday.\nThe Sri Lankan Navy (SLN) took delivery of the boat."
        let article = try reader.read(text, origin: "-")
        #expect(article.source == nil)
        #expect(article.body == "The boat came on Monday.\n\nThe Sri Lankan Navy (SLN) took delivery of the boat.")
    }

    @Test func aCaptionEndingInAPhotoCreditIsACaption() throws {
        let text =
            "Headline\n\nMr Avis at a temple in Bali. -- PHOTO: COURTESY OF STUART SCOTT\nBy Janice Heng\nThe story."
        let article = try reader.read(text, origin: "-")
        #expect(article.captions == ["Mr Avis at a temple in Bali. -- PHOTO: COURTESY OF STUART SCOTT"])
        #expect(article.authors == [Byline(name: "Janice Heng")])
        #expect(article.body == "The story.")
    }

    @Test func jsonEscapesIncludingSurrogatePairsAreDecoded() throws {
        let text = #"Headline \"quoted\"\n\nThe school\u2019s team won \ud83c\udfc6 on Monday."#
        let article = try reader.read(text, origin: "-")
        #expect(article.title == "Headline \"quoted\"")
        #expect(article.body == "The school’s team won 🏆 on Monday.")
    }

    @Test func fileNameDebrisIsDropped() throws {
        let text =
            "Headline\n\n01 flood 0412 RESTRICTED02 flood 0412 03 flood 0412 for gallery 04 flood 0412\n"
            + "The story text starts here."
        #expect(try reader.read(text, origin: "-").body == "The story text starts here.")
        let picture = try reader.read(
            "google.JPG\n\nChia seeds are the new kale.\n\nPizza was searched more.", origin: "-")
        #expect(picture.title == "Chia seeds are the new kale.")
    }

    @Test func oneLineStoryGetsAShortTitleAndKeepsItsWholeText() throws {
        let text =
            #"UK workers 'richer but stressed' Britons are richer and more stressed than when the Queen came to "#
            + #"the throne, a report has found. The report said \"stress\" rose and the Harvard Kennedy "#
            + #"School\u2019s fellows agreed."#
        let article = try reader.read(text, origin: "-")
        #expect(
            article.title
                == "UK workers 'richer but stressed' Britons are richer and more stressed than when the Queen…")
        #expect(article.body.hasPrefix("UK workers 'richer but stressed' Britons"))
        #expect(article.body.contains(#"The report said "stress" rose and the Harvard Kennedy School’s fellows"#))
    }

    @Test func aSingleShortSentenceIsBothTitleAndBody() throws {
        let article = try reader.read("This is Minnesota through and through.", origin: "-")
        #expect(article.title == "This is Minnesota through and through.")
        #expect(article.body == "This is Minnesota through and through.")
        #expect(article.language == "en")
    }

    @Test func textThatIsNotEnglishHasNoLanguage() throws {
        let text =
            "El gobierno anunció nuevas medidas\n\nLos ministros se reunieron durante la mañana para discutir el "
            + "presupuesto."
        #expect(try reader.read(text, origin: "-").language == nil)
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let text = """
            A wrapped story

            The council met on Tuesday evening to discuss the budget for the coming
            year, and members said that the shortfall was larger than they had been
            told in the spring, when the first estimates were published by the city.

            A second paragraph follows here, also wrapped at the same width for the
            terminal, and it ends on this line.
            """
        let body = try reader.read(text, origin: "-").body
        #expect(body.components(separatedBy: "\n\n").count == 2)
        #expect(body.contains("coming year, and members"))
    }

    // MARK: Errors

    @Test func emptyOrBlankInputIsRefusedWithAReason() {
        #expect(
            throws: NewsStoreError.unreadableInput(
                path: "a.txt", reason: "empty input; give a file with the article's text")
        ) {
            try reader.read("  \n\n \t", origin: "a.txt")
        }
        #expect(throws: NewsStoreError.self) { try reader.read(Data(), origin: "a.txt") }
    }

    @Test func binaryAndNonUTF8DataAreRefused() {
        #expect {
            try reader.read(Data([0x48, 0x00, 0x49]), origin: "x.bin")
        } throws: { error in
            "\(error)".contains("NUL")
        }
        #expect {
            try reader.read(Data([0x48, 0xE9, 0x74, 0xE9]), origin: "latin1.txt")
        } throws: { error in
            "\(error)".contains("not UTF-8 text")
        }
        #expect {
            try reader.read(Data([0xFF, 0xFE, 0x48, 0x00]), origin: "utf16.txt")
        } throws: { error in
            "\(error)".contains("UTF-16")
        }
    }

    @Test func textWithOnlyFurnitureHasNoTitle() {
        #expect(throws: NewsStoreError.self) { try reader.read("Read More\n1 of 3\nHide Caption", origin: "-") }
    }

    // MARK: Third-party corpus

    @Test(.enabled(if: hasCliff)) func everyCliffStoryReadsWithATitleAndABody() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.cliffFolder.path)
            .filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let url = Self.cliffFolder.appendingPathComponent(file)
            let article = try reader.read(try Data(contentsOf: url), origin: file)
            #expect(!article.title.isEmpty, "\(file)")
            #expect(TextArticleReader.words(article.title).count <= 25, "\(file)")
            #expect(!article.body.isEmpty, "\(file)")
            #expect(!article.body.contains("\\u2019") && !article.body.contains("\\\""), "\(file)")
        }
    }

    @Test func controlAndBidiCharactersNeverReachTheStoredText() throws {
        let text = "\u{202E}Mosul falls\u{202C} \u{1B}[31mnow\u{1B}[0m\n\nForces entered\u{2066} Mosul on Monday.\u{7}"
        let article = try TextArticleReader().read(Data(text.utf8), origin: "hostile.txt")
        let stored = article.title + article.body
        #expect(!stored.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(
            !stored.unicodeScalars.contains {
                (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            })
        #expect(article.title.hasPrefix("Mosul falls"))
    }

    @Test func refusesAnInputTooLargeToBeOneArticleNamingTheLimit() {
        let huge = Data(repeating: 0x61, count: TextArticleReader.maximumBytes + 1)
        let error = #expect(throws: NewsStoreError.self) { try TextArticleReader().read(huge, origin: "dump.txt") }
        #expect(error?.description.contains("too large") == true)
    }
}
