import Testing

@testable import NewsStore

@Suite struct PlaceNameKeyTests {
    @Test func foldingStripsDiacriticsApostrophesAndHyphens() {
        #expect(PlaceNameKey.fold("Al Mūşil") == "al musil")
        #expect(PlaceNameKey.fold("Boneh-ye ‘Alvān") == "boneh ye alvan")
        #expect(PlaceNameKey.fold("Barţalah") == "bartalah")
        #expect(PlaceNameKey.fold("  São  Paulo ") == "sao paulo")
        #expect(PlaceNameKey.withoutArticle(PlaceNameKey.fold("al-Shourah")) == "shourah")
        #expect(PlaceNameKey.withoutArticle("ash shura") == "shura")
    }

    @Test func variantKeysMakeTransliterationsMeet() {
        let pairs = [
            ("Qayyara", "Qayyarah"), ("Khazir", "Khazer"), ("Bertela", "Bartella"), ("Bartella", "Barţalah"),
            ("Falluja", "Fallujah"), ("Qayyara", "Al Qayyārah"),
        ]
        for (left, right) in pairs {
            #expect(
                PlaceNameKey.variant(PlaceNameKey.fold(left)) == PlaceNameKey.variant(PlaceNameKey.fold(right)),
                "\(left) / \(right)")
        }
        #expect(PlaceNameKey.variant("baghdadi") != PlaceNameKey.variant("baghdad"))
        #expect(PlaceNameKey.variant("mosul") != PlaceNameKey.variant("basra"))
    }

    @Test func latinScriptIsRecognised() {
        #expect(PlaceNameKey.isLatin("Mūşil"))
        #expect(!PlaceNameKey.isLatin("الموصل"))
        #expect(!PlaceNameKey.isLatin("Μοσούλη"))
    }
}
