import Foundation

/// The same questions asked of newsq on PostgreSQL (issue 14): the size's SQLite database copied
/// into a bench-owned database on the server with `newsq copy`, then every query class run as a
/// whole `newsq` process against it. The server's own work happens in its backend processes, so
/// only wall time compares; the rusage of the newsq child is its client side alone.
struct PostgreSQLSide {
    /// The server, as a `postgresql://` URL; its database part is replaced by the bench's own.
    let serverURL: String
    /// A newsq built with the PostgreSQL trait.
    let newsq: String
    let psql: String

    /// Finds `psql` (used to create, count and drop the bench's databases).
    /// - Throws: `BenchError.missingTool` naming the Debian package.
    static func locate(serverURL: String, newsq: String) throws -> PostgreSQLSide {
        guard let psql = Tools.onPath("psql") else {
            throw BenchError.missingTool(
                "--postgres needs psql on PATH: install the Debian package postgresql-client-15")
        }
        return PostgreSQLSide(serverURL: serverURL, newsq: newsq, psql: psql)
    }

    /// `newsq_bench_<count>` on the same server.
    func databaseURL(count: Int) -> String {
        Self.replacingDatabase(in: serverURL, with: "newsq_bench_\(count)")
    }

    /// `url` with its path (the database name) replaced, its query string kept.
    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.path = "/" + name
        return parts.string ?? url
    }

    /// Fills `newsq_bench_<count>` from the SQLite database with `newsq copy`, timed; with
    /// `reuse`, a database that already holds as many articles as the SQLite one is kept as it is.
    /// - Throws: `BenchError` when the database cannot be made or the copy fails.
    func fill(count: Int, from sqliteDatabase: String, articles: Int, folder: String, reuse: Bool) throws
        -> SizeResult.Load
    {
        let name = "newsq_bench_\(count)"
        let label = "newsq copy → PostgreSQL (the database above)"
        if reuse, try articleCount(database: databaseURL(count: count), folder: folder) == articles {
            // A database an older newsq filled is brought to this one's schema (reads refuse it).
            BenchRunner.note("reusing \(name): it holds the \(articles) articles already; newsq migrate")
            let migrate = try ChildProcess(
                executable: newsq, arguments: ["migrate", "--db", databaseURL(count: count)]
            )
            .run(stdout: folder + "/pg-migrate.out", stderr: folder + "/pg-migrate.err")
            guard migrate.status == 0 else {
                throw BenchError.failed("newsq migrate on PostgreSQL", migrate.firstErrorLine)
            }
            return .init(label: label, run: nil, inputBytes: 0, databaseBytes: 0, note: "reused from an earlier run")
        }
        try sql("DROP DATABASE IF EXISTS \(name)", on: serverURL, folder: folder)
        try sql("CREATE DATABASE \(name)", on: serverURL, folder: folder)
        BenchRunner.note("newsq copy --from \(sqliteDatabase) --to \(databaseURL(count: count))")
        let copy = try ChildProcess(
            executable: newsq, arguments: ["copy", "--from", sqliteDatabase, "--to", databaseURL(count: count)]
        ).run(stdout: folder + "/pg-copy.out", stderr: folder + "/pg-copy.err")
        guard copy.status == 0 else { throw BenchError.failed("newsq copy to PostgreSQL", copy.firstErrorLine) }
        return .init(
            label: label, run: copy, inputBytes: Tools.fileSize(sqliteDatabase),
            databaseBytes: try databaseBytes(name, folder: folder))
    }

    /// The server's version line ("PostgreSQL 15.8 …"), or "unknown".
    func version(folder: String) -> String {
        (try? value("SELECT version()", on: serverURL, folder: folder))?.split(separator: ",").first.map(String.init)
            ?? "unknown"
    }

    /// Articles in a bench database, or nil when it does not exist or has no newsq schema.
    private func articleCount(database url: String, folder: String) throws -> Int? {
        (try? value("SELECT count(*) FROM article", on: url, folder: folder)).flatMap { Int($0) }
    }

    /// The database's size on disk as the server counts it.
    private func databaseBytes(_ name: String, folder: String) throws -> Int {
        Int(try value("SELECT pg_database_size('\(name)')", on: serverURL, folder: folder)) ?? 0
    }

    /// Runs one statement with psql, stopping on the first error.
    private func sql(_ statement: String, on url: String, folder: String) throws {
        _ = try value(statement, on: url, folder: folder)
    }

    /// The unaligned, tuples-only output of one statement.
    /// - Throws: `BenchError.failed` with psql's first error line.
    private func value(_ statement: String, on url: String, folder: String) throws -> String {
        let out = folder + "/psql.out"
        let run = try ChildProcess(
            executable: psql, arguments: ["-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", statement]
        ).run(stdout: out, stderr: folder + "/psql.err")
        guard run.status == 0 else { throw BenchError.failed("psql \(statement)", run.firstErrorLine) }
        return ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
    }
}
