import NewsStore
import Testing

/// The conformance cases on SQLite, the reference engine: each case's written-down answer.
@Suite(.serialized) struct SQLiteConformanceTests {
    @Test(arguments: ConformanceCases.all)
    func sqliteGivesTheAnswerTheArticlesGive(_ check: ConformanceCase) throws {
        let answer = try SharedConformanceStores.shared.answer(check, on: .sqlite)
        let failure = answer.first { $0.hasPrefix("error: ") }
        #expect(failure == nil || check.expected?.contains(failure ?? "") == true, "\(failure ?? "")")
        if let expected = check.expected {
            #expect(answer == expected)
        } else {
            #expect(!answer.isEmpty, "a case without a written answer must observe something")
        }
    }
}
