import Foundation

/// One article of the benchmark corpus, before it is written as an HTML page and a JSON line.
struct GeneratedArticle: Sendable, Equatable {
    /// 1-based position in the corpus; also in the URL.
    let number: Int
    let title: String
    let author: String
    let source: String
    let section: String
    /// Publication instant in UTC, 'YYYY-MM-DDTHH:MM:00Z'.
    let publishedAt: String
    /// Body paragraphs, in order.
    let paragraphs: [String]

    /// The page's canonical address.
    var url: String {
        "https://news.example/\(publishedAt.prefix(10).replacingOccurrences(of: "-", with: "/"))/story-\(number)"
    }

    /// Words in the title and body, as the generator counted them.
    var wordCount: Int {
        paragraphs.reduce(title.split(separator: " ").count) { $0 + $1.split(separator: " ").count }
    }
}
