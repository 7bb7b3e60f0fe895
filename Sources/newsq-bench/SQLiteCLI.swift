import Foundation

/// The sqlite3 command-line shell, the yardstick: it loads the same articles into the same schema
/// (newsq's migrations applied in order, so the same FTS5 table and triggers) and answers the
/// same questions with hand-written SQL.
struct SQLiteCLI {
    /// The sqlite3 program.
    let path: String

    /// Finds `sqlite3` on PATH.
    /// - Throws: `BenchError.missingTool` naming the Debian package.
    static func locate() throws -> SQLiteCLI {
        guard let path = Tools.onPath("sqlite3") else {
            throw BenchError.missingTool(
                "sqlite3 not found on PATH: install the Debian package sqlite3 (apt-get install sqlite3)")
        }
        return SQLiteCLI(path: path)
    }

    /// "3.40.1 2022-12-28 …", first two words.
    func version(work: String) -> String {
        let out = work + "/sqlite3-version.txt"
        guard
            let run = try? ChildProcess(executable: path, arguments: ["--version"]).run(
                stdout: out, stderr: work + "/sqlite3-version.err"), run.status == 0
        else { return "unknown" }
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(2).joined(separator: " ")
    }

    /// The script that builds a database from the migrations and the JSON Lines file: each line
    /// into a temporary table with `.import`, then one transaction inserts the articles (the FTS5
    /// triggers index them) and their authors.
    static func loadScript(migrations: [String], jsonLines: String) -> String {
        var script = ".bail on\nPRAGMA journal_mode = WAL;\n"
        for migration in migrations { script += ".read '\(migration)'\n" }
        script += """
            CREATE TEMP TABLE bench_line (line TEXT);
            .mode tabs
            .import --schema temp '\(jsonLines)' bench_line
            BEGIN;
            INSERT INTO article (id, url, title, body, published_at, source, section, language, content_hash,
                                 imported_from, imported_at)
            SELECT json_extract(line, '$.number'), json_extract(line, '$.url'), json_extract(line, '$.title'),
                   json_extract(line, '$.body'), json_extract(line, '$.published_at'),
                   json_extract(line, '$.source'), json_extract(line, '$.section'), 'en',
                   hex(sha3(json_extract(line, '$.title') || char(10) || json_extract(line, '$.body'), 256)),
                   'articles.jsonl', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            FROM temp.bench_line;
            INSERT OR IGNORE INTO author (name, name_key)
            SELECT json_extract(line, '$.author'), lower(json_extract(line, '$.author')) FROM temp.bench_line;
            INSERT INTO article_author (article_id, author_id, position)
            SELECT json_extract(line, '$.number'), author.id, 0
            FROM temp.bench_line JOIN author ON author.name_key = lower(json_extract(line, '$.author'));
            COMMIT;
            PRAGMA wal_checkpoint(TRUNCATE);

            """
        return script
    }

    /// Loads a corpus into a new database at `database`, as one whole process.
    /// - Throws: `BenchError.failed` when sqlite3 reports an error.
    func load(jsonLines: String, migrations: [String], database: String, work: String) throws
        -> ChildProcess.Measurement
    {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let script = work + "/sqlite3-load.sql"
        guard
            FileManager.default.createFile(
                atPath: script, contents: Data(Self.loadScript(migrations: migrations, jsonLines: jsonLines).utf8))
        else { throw BenchError.cannotWrite(script) }
        let run = try ChildProcess(executable: path, arguments: [database, ".read '\(script)'"]).run(
            stdout: work + "/sqlite3-load.out", stderr: work + "/sqlite3-load.err")
        guard run.status == 0 else { throw BenchError.failed("sqlite3 load", run.firstErrorLine) }
        return run
    }
}
