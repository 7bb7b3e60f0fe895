/// One answer of `newsq serve`, made without the server library so it can be tested on its own.
struct ServeResponse: Equatable {
    var status: Int
    var contentType: String
    var body: String

    static func json(_ body: String) -> ServeResponse {
        ServeResponse(status: 200, contentType: "application/json; charset=utf-8", body: body)
    }

    static func geojson(_ body: String) -> ServeResponse {
        ServeResponse(status: 200, contentType: "application/geo+json; charset=utf-8", body: body)
    }

    static func html(_ body: String) -> ServeResponse {
        ServeResponse(status: 200, contentType: "text/html; charset=utf-8", body: body)
    }

    static func error(_ error: ServeError) -> ServeResponse {
        ServeResponse(status: error.status, contentType: "application/json; charset=utf-8", body: error.json)
    }
}
