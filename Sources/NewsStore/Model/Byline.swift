/// One person from a byline, with what the byline says of them.
public struct Byline: Sendable, Hashable, Codable {
    /// The person's name as written ("Peter Bergen").
    public var name: String
    /// Their role, when the byline gives one ("CNN National Security Analyst").
    public var role: String?
    /// The outlet named in the byline ("CNN", "Reuters").
    public var outlet: String?

    /// Makes a byline entry.
    public init(name: String, role: String? = nil, outlet: String? = nil) {
        self.name = name
        self.role = role
        self.outlet = outlet
    }
}
