import Foundation

/// The health check and its repairs. Checks only read (the FTS5 integrity check is written as
/// an INSERT but changes nothing); every repair rebuilds derived data from the tables it derives
/// from, or deletes rows nothing can reach, all in one transaction.
extension SQLiteStorage {
    func checkHealth() throws -> HealthReport {
        HealthReport(
            checks: try HealthCheck.Kind.allCases.map { kind in HealthCheck(kind: kind, problem: try problem(kind)) })
    }

    func repair() throws -> HealthReport {
        let before = try checkHealth()
        if let damaged = before.checks.first(where: { $0.kind == .integrity && !$0.passed }) {
            // Writing to a damaged file can spread the damage: repair nothing, say why.
            return HealthReport(
                checks: before.checks.map {
                    HealthCheck(
                        kind: $0.kind, problem: $0.problem,
                        repair: $0.passed || $0.kind != damaged.kind
                            ? nil : "not repaired: the file itself is damaged; restore a backup")
                })
        }
        let failing = Set(before.failures.map(\.kind))
        var repairs: [HealthCheck.Kind: String] = [:]
        try inTransaction {
            // Dangling rows first: deleting them can leave authors and places orphaned.
            if failing.contains(.danglingRows) || failing.contains(.foreignKeys) {
                let deleted = try deleteDanglingRows()
                repairs[.danglingRows] = "deleted \(deleted) rows pointing nowhere"
                if failing.contains(.foreignKeys) { repairs[.foreignKeys] = repairs[.danglingRows] }
            }
            let authors = try deleteOrphanAuthors()
            if authors > 0 || failing.contains(.orphanAuthors) {
                repairs[.orphanAuthors] = "deleted \(authors) authors with no article"
            }
            let places = try deleteOrphanPlaces()
            if places > 0 || failing.contains(.orphanPlaces) {
                repairs[.orphanPlaces] = "deleted \(places) places no article mentions"
            }
            if failing.contains(.fullTextIndex) {
                try db.run("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
                repairs[.fullTextIndex] = "rebuilt the full-text index from the articles"
            }
            if failing.contains(.placeIndex) {
                try db.run("DELETE FROM place_rtree")
                try db.run(
                    """
                    INSERT INTO place_rtree(id, min_lat, max_lat, min_lon, max_lon)
                    SELECT id, latitude, latitude, longitude, longitude FROM place WHERE latitude IS NOT NULL
                    """)
                repairs[.placeIndex] = "rebuilt the coordinate index from the places"
            }
        }
        let after = try checkHealth()
        return HealthReport(
            checks: after.checks.map { HealthCheck(kind: $0.kind, problem: $0.problem, repair: repairs[$0.kind]) })
    }

    /// What is wrong for one check, in one line; nil when nothing is.
    private func problem(_ kind: HealthCheck.Kind) throws -> String? {
        switch kind {
        case .integrity:
            let messages = try db.query("PRAGMA integrity_check(20)") { $0.string(0) ?? "" }
            return messages == ["ok"] ? nil : Self.listing(messages, noun: "problem")
        case .foreignKeys:
            let broken = try db.query(
                "SELECT \"table\" AS child, parent, count(*) AS n FROM pragma_foreign_key_check GROUP BY 1, 2 ORDER BY 1, 2"
            ) { row in
                "\(try row.int("n")) rows of \(try row.text("child")) point at a missing \(try row.text("parent"))"
            }
            return broken.isEmpty ? nil : broken.joined(separator: "; ")
        case .fullTextIndex:
            return try fullTextProblem()
        case .placeIndex:
            return try placeIndexProblem()
        case .danglingRows:
            var found: [String] = []
            for (table, condition, what) in Self.danglingRows {
                let count =
                    try db.queryFirst("SELECT count(*) FROM \(table) WHERE \(condition)") { $0.int(0) ?? 0 } ?? 0
                if count > 0 { found.append("\(count) rows of \(table) point at a missing \(what)") }
            }
            return found.isEmpty ? nil : found.joined(separator: "; ")
        case .orphanAuthors:
            let ids = try db.query("SELECT id FROM author WHERE \(Self.orphanAuthor) ORDER BY id") { $0.int(0) ?? 0 }
            return ids.isEmpty ? nil : "\(ids.count) authors have no article (ids \(Self.sample(ids)))"
        case .orphanPlaces:
            let ids = try db.query("SELECT id FROM place WHERE \(Self.orphanPlace) ORDER BY id") { $0.int(0) ?? 0 }
            return ids.isEmpty
                ? nil : "\(ids.count) places from article text are mentioned nowhere (ids \(Self.sample(ids)))"
        }
    }

    /// FTS5's own check of an external-content index: with rank 1 it compares the index with
    /// the text in `article`, and fails with SQLITE_CORRUPT_VTAB when they differ.
    ///
    /// SQLite refuses that INSERT on a read-only connection (a read command's), so there the
    /// check runs on a private temporary copy made with the backup API: the database itself is
    /// never opened for writing.
    private func fullTextProblem() throws -> String? {
        guard db.isReadOnly else { return try Self.fullTextProblem(in: db) }
        let manager = FileManager.default
        let copy = manager.temporaryDirectory.appendingPathComponent("newsq-check-\(UUID().uuidString).sqlite").path
        guard manager.createFile(atPath: copy, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw NewsStoreError.cannotOpen(
                path: copy, reason: "cannot create a temporary copy to check the full-text index in (check TMPDIR)")
        }
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: copy + suffix) } }
        try db.backup(toEmptyFile: copy)
        return try Self.fullTextProblem(in: Connection(path: copy, mode: .readWrite))
    }

    private static func fullTextProblem(in db: Connection) throws -> String? {
        do {
            try db.run("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)")
            return nil
        } catch let error as SQLiteError where error.isNotADatabase {
            return "the index does not match the articles (SQLite: \(error.message))"
        }
    }

    private func placeIndexProblem() throws -> String? {
        var found: [String] = []
        let structure = try db.queryFirst("SELECT rtreecheck('place_rtree')") { $0.string(0) ?? "ok" } ?? "ok"
        if structure != "ok" { found.append(structure.split(whereSeparator: \.isNewline).joined(separator: "; ")) }
        let missing =
            try db.queryFirst(
                """
                SELECT count(*) FROM place p
                WHERE p.latitude IS NOT NULL AND NOT EXISTS (SELECT 1 FROM place_rtree r WHERE r.id = p.id)
                """
            ) { $0.int(0) ?? 0 } ?? 0
        if missing > 0 { found.append("\(missing) places with coordinates have no box") }
        // The R*Tree keeps 32-bit floats, rounded outwards: a box holds its point and is tiny.
        let wrong =
            try db.queryFirst(
                """
                SELECT count(*) FROM place_rtree r JOIN place p ON p.id = r.id
                WHERE p.latitude IS NOT NULL
                  AND NOT (r.min_lat <= p.latitude AND p.latitude <= r.max_lat
                           AND r.min_lon <= p.longitude AND p.longitude <= r.max_lon
                           AND r.max_lat - r.min_lat < 0.001 AND r.max_lon - r.min_lon < 0.001)
                """
            ) { $0.int(0) ?? 0 } ?? 0
        if wrong > 0 { found.append("\(wrong) boxes do not match their place's coordinates") }
        let extra =
            try db.queryFirst(
                """
                SELECT count(*) FROM place_rtree r
                WHERE NOT EXISTS (SELECT 1 FROM place p WHERE p.id = r.id AND p.latitude IS NOT NULL)
                """
            ) { $0.int(0) ?? 0 } ?? 0
        if extra > 0 { found.append("\(extra) boxes belong to no place with coordinates") }
        return found.isEmpty ? nil : found.joined(separator: "; ")
    }

    /// Every reference of the schema: the table, the rows of it pointing nowhere, and at what.
    /// Events go before their places so that deleting an event's row takes its places along.
    private static let danglingRows: [(table: String, condition: String, what: String)] = [
        ("event", "article_id NOT IN (SELECT id FROM article)", "article"),
        ("event_place", "event_id NOT IN (SELECT id FROM event)", "event"),
        ("event_place", "place_id NOT IN (SELECT id FROM place)", "place"),
        ("article_author", "article_id NOT IN (SELECT id FROM article)", "article"),
        ("article_author", "author_id NOT IN (SELECT id FROM author)", "author"),
        ("place_mention", "article_id NOT IN (SELECT id FROM article)", "article"),
        ("place_mention", "place_id NOT IN (SELECT id FROM place)", "place"),
        ("place_name", "place_id NOT IN (SELECT id FROM place)", "place"),
    ]

    private static let orphanAuthor = "NOT EXISTS (SELECT 1 FROM article_author aa WHERE aa.author_id = author.id)"

    private static let orphanPlace = """
        origin = 'text'
          AND NOT EXISTS (SELECT 1 FROM place_mention m WHERE m.place_id = place.id)
          AND NOT EXISTS (SELECT 1 FROM event_place ep WHERE ep.place_id = place.id)
        """

    private func deleteDanglingRows() throws -> Int {
        var deleted = 0
        for (table, condition, _) in Self.danglingRows {
            try db.run("DELETE FROM \(table) WHERE \(condition)")
            deleted += db.changes
        }
        return deleted
    }

    private func deleteOrphanAuthors() throws -> Int {
        try db.run("DELETE FROM author WHERE \(Self.orphanAuthor)")
        return db.changes
    }

    private func deleteOrphanPlaces() throws -> Int {
        try db.run("DELETE FROM place WHERE \(Self.orphanPlace)")
        cachedGazetteer = nil
        return db.changes
    }

    /// "3 problems: first; second" with at most five of them.
    private static func listing(_ messages: [String], noun: String) -> String {
        let shown = messages.prefix(5).joined(separator: "; ")
        return "\(messages.count) \(noun)\(messages.count == 1 ? "" : "s"): \(shown)"
            + (messages.count > 5 ? "; …" : "")
    }

    /// The first ids of a list, for a message.
    private static func sample(_ ids: [Int]) -> String {
        ids.prefix(5).map(String.init).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    }
}
