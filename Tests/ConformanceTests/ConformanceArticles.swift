import Foundation

/// The articles every engine imports for the conformance cases: small texts written so each
/// query class has a known answer (a word only in one title, a phrase, a hyphenated name, a
/// name with diacritics), beside the seed article the sample data brings.
enum ConformanceArticles {
    static let floods = """
        Floods reach Mosul

        By Jane Doe and John Roe, Reuters

        Updated 9:00 AM ET, Tue October 18, 2016

        Heavy rain flooded streets in Mosul on Tuesday, October 18, 2016, officials said.

        Residents of Baghdad reported calmer weather.
        """

    static let fires = """
        Oil fires burn near Qayyara

        By Sam Poe, AP

        Updated 8:00 AM ET, Thu October 20, 2016

        Oil fires burned near Qayyara's wells on Thursday, October 20, 2016. In al-Shourah, farmers waited for news.

        Families in Mūşil watched the smoke rise over the river.
        """

    static let rebels = """
        Rebels take Dabiq

        By Ana Lee, AFP

        Updated 7:00 AM ET, Sun October 16, 2016

        Rebels took Dabiq on Sunday, October 16, 2016. Raqqa is next, commanders said in Damascus.

        The market in Mosul stayed shut, and the victory parade waited.
        """

    /// Name and text of each fixture article.
    static let all = [("floods.txt", floods), ("fires.txt", fires), ("rebels.txt", rebels)]

    /// `../shared` beside the package, when present (a copy is beside CI's clone).
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// A few plain-text pages of the development corpus, in name order; none without ../shared.
    static var corpusPages: [URL] {
        let folder = shared.appendingPathComponent("corpus/text/cliff")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().prefix(4).map { folder.appendingPathComponent($0) }
    }
}
