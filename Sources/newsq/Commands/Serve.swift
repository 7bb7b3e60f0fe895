import ArgumentParser
import NewsStore

extension Newsq {
    /// `newsq serve [--port N] [--host 127.0.0.1]`
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the report page live, with JSON and GeoJSON for scripts, over the read-only store.",
            discussion: """
                Paths: / (the page: search, filters and map bounds in the URL, e.g. \
                /?q=mosul&since=2016-10&bbox=38.8,29.1,48.6,37.4), /search?q=… (every hit, JSON), \
                /places.geojson?q=…&bbox=west,south,east,north, /events.json?q=…, /trend?q=…&by=month. \
                Parameters: q, since, until (dates as --since takes them: 2016-10, 7d, yesterday), place, \
                author, source, bbox, by. The store is only read. \
                Listens on 127.0.0.1 (this machine only) unless --host says otherwise. Built only with \
                the Server package trait: swift build -c release --traits Server
                """)

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Port to listen on; 0 lets the system choose a free one (said on stderr).")
        var port = 8080
        @Option(help: ArgumentHelp("Address to listen on; 0.0.0.0 opens it to the network.", valueName: "address"))
        var host = "127.0.0.1"

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
            guard !host.isEmpty else { throw ValidationError("--host must name an address, e.g. 127.0.0.1") }
        }

        func run() throws {
            #if Server
                try CommandRunner.run {
                    // Checked once as any read command opens it (the default database is made on
                    // first use); then each request opens it read-only again.
                    let path = try database.open(.readOnly).path
                    guard #available(macOS 15, iOS 18, tvOS 18, watchOS 11, *) else {
                        Console.note("serve needs macOS 15 or later")
                        throw ExitCode.failure
                    }
                    try ServeServer(site: ServeSite(databasePath: path), host: host, port: port).run()
                }
            #else
                Console.note("serve is not in this build; build it with: swift build -c release --traits Server")
                throw ExitCode.failure
            #endif
        }
    }
}
