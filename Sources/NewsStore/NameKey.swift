import Foundation

/// The folded form of a name used as a lookup key: case and diacritics folded, white space
/// collapsed ('Mūşil' → 'musil').
enum NameKey {
    static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
