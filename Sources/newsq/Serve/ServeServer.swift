#if Server
    import Dispatch
    import Foundation
    import Hummingbird
    import Logging
    import NIOCore
    import Synchronization

    /// `newsq serve` on Hummingbird: every GET goes to `ServeSite.respond`, which opens the store
    /// read-only for that request. Built only with the `Server` package trait.
    @available(macOS 15, iOS 18, tvOS 18, watchOS 11, *)
    struct ServeServer {
        var site: ServeSite
        var host: String
        var port: Int

        /// Serves until SIGINT or SIGTERM. The first line on stderr names the address, with the
        /// port the system chose when `port` is 0 (tests read it).
        /// - Throws: `ServeServer.Failure` with a one-line reason (the port is taken, the host
        ///   cannot be bound).
        func run() throws {
            let outcome = Outcome()
            let finished = DispatchSemaphore(value: 0)
            // ArgumentParser runs this command synchronously; the server is async.
            Task { [self] in
                do {
                    try await self.serve()
                } catch {
                    outcome.error.withLock { $0 = error }
                }
                finished.signal()
            }
            finished.wait()
            if let error = outcome.error.withLock({ $0 }) { throw Failure(error, host: host, port: port) }
        }

        private func serve() async throws {
            let site = self.site
            let responder = CallbackResponder<BasicRequestContext> { request, _ in
                guard request.method == .get || request.method == .head else {
                    return Self.response(
                        ServeResponse(
                            status: 405, contentType: "application/json; charset=utf-8",
                            body: "{\"error\":\"only GET: newsq serve never changes the store\"}\n"))
                }
                let answer = site.respond(
                    path: request.uri.path, parameters: Self.parameters(of: request.uri.query ?? ""))
                return Self.response(answer)
            }
            var logger = Logger(label: "newsq-serve")
            logger.logLevel = .critical  // newsq says what matters itself, in one line
            let path = site.databasePath
            let app = Application(
                responder: responder,
                configuration: .init(address: .hostname(host, port: port), serverName: "newsq"),
                onServerRunning: { channel in
                    let bound = channel.localAddress?.port ?? 0
                    let address = "http://\(Self.urlHost(self.host)):\(bound)/"
                    Console.note("serving \(address) read-only from \(path) (Ctrl-C stops)")
                },
                logger: logger)
            try await app.runService()
        }

        static func urlHost(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

        /// The query string as name-value pairs: `+` is a space (HTML forms), then %-decoding.
        static func parameters(of query: String) -> [(name: String, value: String)] {
            query.split(separator: "&").map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decode(_ text: Substring) -> String {
                    let spaced = text.replacingOccurrences(of: "+", with: " ")
                    return spaced.removingPercentEncoding ?? spaced
                }
                return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
            }
        }

        static func response(_ answer: ServeResponse) -> Response {
            var headers = HTTPFields()
            headers[.contentType] = answer.contentType
            headers[.cacheControl] = "no-store"
            return Response(
                status: HTTPResponse.Status(code: answer.status), headers: headers,
                body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
        }

        /// The error the server task ended with, handed back to the command's thread.
        final class Outcome: Sendable {
            let error = Mutex<(any Error)?>(nil)
        }

        /// Why the server stopped, in one line.
        struct Failure: Error, CustomStringConvertible {
            var description: String

            init(_ error: any Error, host: String, port: Int) {
                if let io = error as? IOError, io.errnoCode == EADDRINUSE {
                    description =
                        "port \(port) on \(host) is taken by another program; give another with --port "
                        + "(or --port 0 for any free one)"
                } else if let io = error as? IOError, io.errnoCode == EADDRNOTAVAIL {
                    description = "cannot listen on \(host): not an address of this machine"
                } else {
                    description = "the server stopped: \(error)"
                }
            }
        }
    }
#endif
