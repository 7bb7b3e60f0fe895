/// What `newsq serve` answers with a status other than 200, as one line of JSON.
enum ServeError: Error, Equatable {
    /// 400: a URL parameter is missing or wrong.
    case badParameter(name: String, reason: String)
    /// 404: no such page or endpoint.
    case notFound(path: String)

    /// The HTTP status code.
    var status: Int {
        switch self {
        case .badParameter: 400
        case .notFound: 404
        }
    }

    /// `{"error": "…", "parameter": "q"}`: one line a script can read and a person can act on.
    var json: String {
        switch self {
        case .badParameter(let name, let reason):
            JSONWriter.compact(
                .object([
                    .init("error", .string("bad parameter \(name): \(reason)")), .init("parameter", .string(name)),
                ])) + "\n"
        case .notFound(let path):
            JSONWriter.compact(
                .object([
                    .init(
                        "error",
                        .string(
                            "no such page: \(path); try /, /search, /places.geojson, /events.json or /trend"))
                ])) + "\n"
        }
    }
}
