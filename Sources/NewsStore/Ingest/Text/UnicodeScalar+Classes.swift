extension Unicode.Scalar {
    /// The Unicode `Alphabetic` property, answered without the property table for ASCII: the
    /// tokenizers ask it of every scalar of every article, and the table look-up was the largest
    /// single cost of an import (15 % of its CPU in a profile).
    var isAlphabetic: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    /// The Unicode `White_Space` property, with the same ASCII shortcut.
    var isWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}

extension Unicode.Scalar {
    /// True when the scalar has a Unicode numeric type (digits, numerals, fractions); ASCII
    /// answered directly.
    var isNumeric: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType != nil
    }

    /// The general category `Cc` (control), ASCII answered directly.
    var isControl: Bool {
        if value < 0x80 { return value < 0x20 || value == 0x7F }
        return properties.generalCategory == .control
    }
}

extension Unicode.Scalar {
    /// The Unicode `Uppercase` property, ASCII answered directly.
    var isUppercase: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    /// The Unicode `Lowercase` property, ASCII answered directly.
    var isLowercase: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }
}
