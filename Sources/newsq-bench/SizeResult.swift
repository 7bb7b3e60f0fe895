/// Everything measured for one corpus size.
struct SizeResult: Sendable {
    /// One import or load, whole process.
    struct Load: Sendable {
        let label: String
        /// Nil when the row could not run (the reason is in `note`).
        let run: ChildProcess.Measurement?
        let inputBytes: Int
        let databaseBytes: Int
        var note: String = ""
    }

    /// One query class: whole-process latencies of both programs and the in-process one.
    struct Query: Sendable {
        let name: String
        let newsq: Latency?
        let sqlite: Latency?
        /// CPU time (user + system) of the same whole-process runs: steadier than wall time
        /// when the machine is shared, but counted in scheduler ticks on some kernels.
        let newsqCPU: Latency?
        let sqliteCPU: Latency?
        let inProcess: Latency?
        var note: String = ""
    }

    let articles: Int
    let corpus: CorpusWriter.Summary
    let generationSeconds: Double
    let firstRun: ChildProcess.Measurement?
    let firstRunBytes: Int
    /// /proc/loadavg's first three fields at points of the run: the machine may be shared.
    var loadAverages: [String] = []
    var loads: [Load] = []
    var queries: [Query] = []
    /// The server's version line, when the run had a PostgreSQL side.
    var postgreSQLVersion: String?
    /// Wall-clock latencies of newsq on PostgreSQL, by query class (`--postgres`).
    var postgreSQLQueries: [(name: String, wall: Latency?, note: String)] = []
}
