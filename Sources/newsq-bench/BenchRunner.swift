import Foundation
import NewsStore

/// Runs the benchmark for one corpus size: generate, create the default database, import with
/// newsq (with and, when the flag exists, without extraction), load with sqlite3, then time the
/// query classes three ways.
struct BenchRunner {
    let newsq: String
    let sqlite: SQLiteCLI
    let root: String
    let work: String
    let seed: UInt64
    let runs: Int
    let warmups = 2
    let ingredients: CorpusIngredients
    /// Keep the databases of an earlier run of the same size and seed; time only the queries.
    var reuse = false
    /// The PostgreSQL side, when `--postgres` names a server.
    var postgreSQL: PostgreSQLSide?

    /// The query classes, with terms chosen from the corpus ingredients.
    var cases: [QueryCase] {
        let rare = ingredients.words[min(20_000, ingredients.words.count - 1)]
        return QueryCase.all(rareWord: rare, place: "Baghdad", month: ("2019-03-01", "2019-03-31"))
    }

    /// Says what is happening on stderr: a run takes minutes to hours.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data("newsq-bench: \(text)\n".utf8))
    }

    /// All measurements for `count` articles.
    /// - Throws: `BenchError` when a step that later steps need fails.
    func run(count: Int) throws -> SizeResult {
        let folder = work + "/size-\(count)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Self.note("generating \(count) articles (seed \(seed)) in \(folder)/corpus")
        let clock = ContinuousClock()
        let start = clock.now
        let corpus = try CorpusWriter(generator: ArticleGenerator(ingredients: ingredients, seed: seed))
            .write(count: count, to: folder + "/corpus")
        let generation = (clock.now - start).seconds

        // The default database, made as a first run makes it (sample data and gazetteer).
        let home = folder + "/xdg"
        let database = home + "/newsq/news.sqlite"
        let sqliteDatabase = folder + "/sqlite3.sqlite"
        let loadBefore = Self.loadAverage()
        var result: SizeResult
        if reuse, let reused = try reusedDatabases(count: count, database: database, sqliteDatabase: sqliteDatabase) {
            result = SizeResult(
                articles: count, corpus: corpus, generationSeconds: generation, firstRun: nil, firstRunBytes: 0)
            result.loads = reused
        } else {
            result = try load(
                count: count, corpus: corpus, generation: generation, folder: folder, home: home,
                databases: (database, sqliteDatabase))
        }
        result.loadAverages.insert(loadBefore, at: 0)
        result.queries = try queries(database: database, folder: folder)
        if let postgreSQL {
            let articles = try NewsStore(path: database, access: .readOnly).statistics().articles
            result.loads.append(
                try postgreSQL.fill(count: count, from: database, articles: articles, folder: folder, reuse: reuse))
            result.postgreSQLVersion = postgreSQL.version(folder: folder)
            result.postgreSQLQueries = try postgreSQLQueries(postgreSQL, count: count, folder: folder)
        }
        result.loadAverages.append(Self.loadAverage())
        return result
    }

    /// The rows of the load table for databases an earlier run left (`--reuse-databases`), or nil
    /// when either is missing or the newsq one holds fewer articles than the corpus.
    private func reusedDatabases(count: Int, database: String, sqliteDatabase: String) throws -> [SizeResult.Load]? {
        guard FileManager.default.fileExists(atPath: sqliteDatabase),
            let store = try? NewsStore(path: database, access: .readOnly),
            try store.statistics().articles >= count
        else { return nil }
        Self.note("reusing \(database) and \(sqliteDatabase): imports not timed")
        return [
            .init(
                label: "newsq import (full extraction)", run: nil, inputBytes: 0,
                databaseBytes: Tools.fileSize(database), note: "reused from an earlier run"),
            .init(
                label: "sqlite3 CLI (.import JSON Lines + one transaction)", run: nil, inputBytes: 0,
                databaseBytes: Tools.fileSize(sqliteDatabase), note: "reused from an earlier run"),
        ]
    }

    /// The first run and the timed imports: newsq with and without extraction, then sqlite3.
    private func load(
        count: Int, corpus: CorpusWriter.Summary, generation: Double, folder: String, home: String,
        databases: (newsq: String, sqlite3: String)
    ) throws -> SizeResult {
        let (database, sqliteDatabase) = databases
        try? FileManager.default.removeItem(atPath: home)
        Self.note("first run: newsq migrate with XDG_DATA_HOME=\(home)")
        let firstRun = try ChildProcess(executable: newsq, arguments: ["migrate"], environment: ["XDG_DATA_HOME": home])
            .run(stdout: folder + "/first-run.out", stderr: folder + "/first-run.err")
        guard firstRun.status == 0 else { throw BenchError.failed("newsq first run", firstRun.firstErrorLine) }
        let firstBytes = Tools.fileSize(database)
        var result = SizeResult(
            articles: count, corpus: corpus, generationSeconds: generation, firstRun: firstRun,
            firstRunBytes: firstBytes)

        let noExtract = folder + "/no-extract.sqlite"
        let hasNoExtract = supportsNoExtract()
        if hasNoExtract {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: noExtract + suffix) }
            try FileManager.default.copyItem(atPath: database, toPath: noExtract)
        }
        Self.note("newsq import --db \(database) \(corpus.htmlFolder)")
        let full = try ChildProcess(executable: newsq, arguments: ["import", "--db", database, corpus.htmlFolder])
            .run(stdout: folder + "/import.out", stderr: folder + "/import.err")
        result.loads.append(
            .init(
                label: "newsq import (full extraction)", run: full, inputBytes: corpus.htmlBytes,
                databaseBytes: Tools.fileSize(database)))
        if hasNoExtract {
            Self.note("newsq import --no-extract --db \(noExtract) \(corpus.htmlFolder)")
            let bare = try ChildProcess(
                executable: newsq, arguments: ["import", "--no-extract", "--db", noExtract, corpus.htmlFolder]
            ).run(stdout: folder + "/import-no-extract.out", stderr: folder + "/import-no-extract.err")
            result.loads.append(
                .init(
                    label: "newsq import --no-extract", run: bare, inputBytes: corpus.htmlBytes,
                    databaseBytes: Tools.fileSize(noExtract)))
        } else {
            result.loads.append(
                .init(
                    label: "newsq import --no-extract", run: nil, inputBytes: 0, databaseBytes: 0,
                    note: "not available (`newsq import --help` has no --no-extract)"))
        }
        Self.note("sqlite3 load of \(corpus.jsonLines)")
        let load = try sqlite.load(
            jsonLines: corpus.jsonLines, migrations: try migrations(), database: sqliteDatabase, work: folder)
        result.loads.append(
            .init(
                label: "sqlite3 CLI (.import JSON Lines + one transaction)", run: load, inputBytes: corpus.jsonBytes,
                databaseBytes: Tools.fileSize(sqliteDatabase)))

        result.loadAverages.append(Self.loadAverage())
        return result
    }

    /// The 1, 5 and 15 minute load averages ("2.01 1.50 0.90"), or "unknown" off Linux.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        let fields = text.split(separator: " ").prefix(3)
        return fields.count == 3 ? fields.joined(separator: " ") : "unknown"
    }

    /// True when this newsq's import has `--no-extract`.
    func supportsNoExtract() -> Bool {
        let out = work + "/import-help.txt"
        _ = try? ChildProcess(executable: newsq, arguments: ["import", "--help"]).run(
            stdout: out, stderr: work + "/import-help.err")
        return ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").contains("--no-extract")
    }

    /// Migrations/*.sql in order.
    func migrations() throws -> [String] {
        let folder = root + "/Migrations"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sql") }.sorted()
        return names.map { folder + "/" + $0 }
    }

    /// Every query class: newsq and sqlite3 as whole processes on newsq's database, then the API.
    private func queries(database: String, folder: String) throws -> [SizeResult.Query] {
        let store = try NewsStore(path: database, access: .existing)
        var results: [SizeResult.Query] = []
        for (index, query) in cases.enumerated() {
            Self.note("query \(index + 1)/\(cases.count): \(query.name)")
            var notes: [String] = []
            let newsqArguments = query.usesDatabase ? query.newsqArguments + ["--db", database] : query.newsqArguments
            let newsqLatency = try wholeProcess(
                ChildProcess(executable: newsq, arguments: newsqArguments), folder: folder, tag: "newsq-\(index)",
                notes: &notes)
            let sqliteArguments = query.usesDatabase ? [database, query.sqlite] : [":memory:", query.sqlite]
            let sqliteLatency = try wholeProcess(
                ChildProcess(executable: sqlite.path, arguments: sqliteArguments), folder: folder,
                tag: "sqlite3-\(index)", notes: &notes)
            var inProcess: Latency?
            if let body = query.inProcess {
                do {
                    inProcess = try Latency.measure(warmups: warmups, runs: runs) { try body(store) }
                } catch {
                    notes.append("in-process: \(error)")
                }
            }
            results.append(
                .init(
                    name: query.name, newsq: newsqLatency?.wall, sqlite: sqliteLatency?.wall,
                    newsqCPU: newsqLatency?.cpu, sqliteCPU: sqliteLatency?.cpu, inProcess: inProcess,
                    note: notes.joined(separator: "; ")))
        }
        return results
    }

    /// Every query class that reads a database, as whole newsq processes on PostgreSQL: wall-clock
    /// latencies (the server's CPU is not the child's), or a note when the first run fails.
    private func postgreSQLQueries(_ side: PostgreSQLSide, count: Int, folder: String) throws
        -> [(name: String, wall: Latency?, note: String)]
    {
        try cases.enumerated().filter { $0.element.usesDatabase }.map { index, query in
            Self.note("PostgreSQL query \(index + 1)/\(cases.count): \(query.name)")
            var notes: [String] = []
            let latency = try wholeProcess(
                ChildProcess(
                    executable: side.newsq, arguments: query.newsqArguments + ["--db", side.databaseURL(count: count)]),
                folder: folder, tag: "pg-\(index)", notes: &notes)
            return (query.name, latency?.wall, notes.joined(separator: "; "))
        }
    }

    /// Wall-clock and CPU (user + system) times of a program run `runs` times after the warm-ups,
    /// both in milliseconds; nil (with a note)
    /// when its first run fails. The first run's output is kept in `folder` for checking by eye.
    private func wholeProcess(
        _ process: ChildProcess, folder: String, tag: String, notes: inout [String]
    ) throws -> (wall: Latency, cpu: Latency)? {
        let first = try process.run(stdout: folder + "/\(tag).out", stderr: folder + "/\(tag).err")
        guard first.status == 0 else {
            notes.append(
                "\(tag.hasPrefix("sqlite3") ? "sqlite3" : "newsq") exit \(first.status): \(first.firstErrorLine)")
            return nil
        }
        for _ in 1..<warmups { _ = try process.run(stderr: "/dev/null") }
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let run = try process.run(stderr: "/dev/null")
            wall.append(run.wall.milliseconds)
            cpu.append(run.cpuSeconds * 1_000)
        }
        return (Latency(milliseconds: wall), Latency(milliseconds: cpu))
    }
}
