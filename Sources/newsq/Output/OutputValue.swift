/// One cell of a `Listing`: a JSON-shaped value, so every output format can carry it without loss.
///
/// Objects keep their members in the order given (`[Member]`, not a dictionary) because every JSON
/// newsq writes lists keys in a stable, documented order.
enum OutputValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([OutputValue])
    case object([Member])

    /// A named member of an `.object`, in output order.
    struct Member: Sendable, Hashable {
        var key: String
        var value: OutputValue

        init(_ key: String, _ value: OutputValue) {
            self.key = key
            self.value = value
        }
    }

    /// `.null` for nil, else `.string`.
    init(_ text: String?) { self = text.map { .string($0) } ?? .null }
    /// `.null` for nil, else `.int`.
    init(_ number: Int?) { self = number.map { .int($0) } ?? .null }
    /// `.null` for nil or a non-finite number (JSON has no NaN or infinity), else `.double`.
    init(_ number: Double?) {
        if let number, number.isFinite { self = .double(number) } else { self = .null }
    }
    /// `.null` for nil, else `.bool`.
    init(_ flag: Bool?) { self = flag.map { .bool($0) } ?? .null }

    /// True for `.null`.
    var isNull: Bool { if case .null = self { return true } else { return false } }

    /// True for everything but arrays and objects.
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// True for `.int` and `.double`: such columns are right-aligned in tables.
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        default: return false
        }
    }

    /// The value as a number, when it is one (used for coordinates).
    var numberValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value.isFinite ? value : nil
        default: return nil
        }
    }

    /// The value as one line of plain text for table/CSV/TSV/ICS cells.
    ///
    /// Null is empty; numbers use Swift's shortest round-tripping form; arrays join their elements
    /// with "; "; objects and nested arrays are compact JSON. Highlight markers are kept: each
    /// format decides what to do with them.
    var text: String {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return JSONWriter.number(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return ""
        case .array(let elements):
            return elements.map { element in
                switch element {
                case .array, .object: return JSONWriter.compact(element)
                default: return element.text
                }
            }.joined(separator: "; ")
        case .object: return JSONWriter.compact(self)
        }
    }

    /// The value as one line of plain text, each object (alone or in an array) standing as its
    /// `member` when it has one: an author object `{name, role, outlet}` is their name in a table
    /// or CSV cell, and a list of them is the names joined with "; ". Without `member`, `text`.
    func text(showing member: String?) -> String {
        guard let member else { return text }
        switch self {
        case .object(let members):
            return members.first { $0.key == member }?.value.text ?? JSONWriter.compact(self)
        case .array(let elements):
            return elements.map { element in
                switch element {
                case .object: return element.text(showing: member)
                case .array: return JSONWriter.compact(element)
                default: return element.text
                }
            }.joined(separator: "; ")
        default: return text
        }
    }
}

extension OutputValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(floatLiteral value: Double) { self = .double(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: OutputValue...) { self = .array(elements) }
}
