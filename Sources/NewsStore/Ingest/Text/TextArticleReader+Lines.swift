import Foundation

extension TextArticleReader {
    /// The text as clean lines: line endings unified, JSON escapes and HTML entities decoded, odd
    /// spaces made plain, indentation and trailing space removed, blank lines as "". Paragraphs that
    /// were hard-wrapped at a fixed width are joined back into one line each.
    static func normalizedLines(of text: String) -> [String] {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if JSONStringEscapes.isEscaped(text) { text = JSONStringEscapes.decode(text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            cleanLine(HTMLEntities.decode(String($0)))
        }
        return isHardWrapped(lines) ? joinWrapped(lines) : lines
    }

    /// Plain spaces for no-break and typographic spaces, no soft hyphens, zero-width or
    /// bidirectional-control marks,
    /// runs of spaces collapsed, ends trimmed.
    static func cleanLine(_ line: String) -> String {
        // UTF-8 bytes gathered in an array and made a string once: appending to a
        // `String.UnicodeScalarView` scalar by scalar was 12 % of a `--no-extract` import.
        var output: [UInt8] = []
        output.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue  // bidirectional controls: they can make stored text display as something else
            default:
                break
            }
            if scalar.isWhitespace || scalar.isControl {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            if scalar.value < 0x80 {
                output.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// True when most lines inside paragraphs stop near one width, as in text wrapped for a
    /// terminal or an e-mail; scraped pages put one paragraph per line and are never like this.
    private static func isHardWrapped(_ lines: [String]) -> Bool {
        var inner = 0
        var nearWidth = 0
        for (index, line) in lines.enumerated() where !line.isEmpty {
            guard line.count <= 100 else { return false }
            // The last line of a paragraph is short by nature; judge only the ones that continue.
            guard index + 1 < lines.count, !lines[index + 1].isEmpty else { continue }
            inner += 1
            if (50...100).contains(line.count) { nearWidth += 1 }
        }
        return inner >= 3 && Double(nearWidth) >= 0.8 * Double(inner)
    }

    /// Each block of consecutive non-blank lines becomes one line.
    private static func joinWrapped(_ lines: [String]) -> [String] {
        var result: [String] = []
        var block: [String] = []
        for line in lines {
            if line.isEmpty {
                if !block.isEmpty { result.append(block.joined(separator: " ")) }
                block = []
                result.append("")
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { result.append(block.joined(separator: " ")) }
        return result
    }
}
