import Foundation

/// Backups and optimization of the database file.
extension SQLiteStorage {
    func backup(to target: String) throws -> Int {
        try Self.createPrivateFile(target)
        do {
            try db.backup(toEmptyFile: target)
        } catch let error as SQLiteError {
            Self.removeCopy(target)
            throw NewsStoreError.backupFailed(
                path: target, reason: "SQLite could not copy the database (\(error.message))")
        }
        // The copy is what it claims only if it opens and reads as a database.
        do {
            _ = try Connection(path: target, mode: .readWrite)
        } catch let error as SQLiteError {
            Self.removeCopy(target)
            throw NewsStoreError.backupFailed(path: target, reason: "the copy does not open (\(error.message))")
        }
        return Self.bytesOnDisk(target)
    }

    func optimize(reclaimSpace: Bool) throws -> OptimizeSummary {
        let before = try currentBytes()
        let dropped = reclaimSpace ? try dropShippedPlacesNoArticleMentions() : 0
        // Merges the index's segments into one: fewer b-trees to walk for every search.
        try db.run("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
        try db.execute("PRAGMA optimize")
        let vacuum = reclaimSpace && path != ":memory:"
        if vacuum {
            // VACUUM builds the new file in a temporary database: on disk, not in memory, so a
            // large archive does not need its size in RAM.
            try db.execute("PRAGMA temp_store = FILE")
            let vacuumed = Result { try db.execute("VACUUM") }
            try db.execute("PRAGMA temp_store = MEMORY")
            try vacuumed.get()
            // The rewritten pages sit in the write-ahead log until a checkpoint; copy them into
            // the file and empty the log, so the space really comes back.
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return OptimizeSummary(
            bytesBefore: before, bytesAfter: try currentBytes(), reclaimedSpace: vacuum, gazetteerPlacesDropped: dropped
        )
    }

    /// Deletes the stored copies of shipped gazetteer places that no article mentions and that
    /// say nothing the shipped image does not: databases made before the image held the whole
    /// gazetteer (65 MB, loaded by every importing process). A place a user's own gazetteer
    /// import changed or added, or that an article or event refers to, stays.
    private func dropShippedPlacesNoArticleMentions() throws -> Int {
        let shipped = try GazetteerImageCache.shipped.get()
        return try inTransaction {
            var redundant: [Int] = []
            _ = try db.query(
                """
                SELECT id, name, kind, country_code, admin1, latitude, longitude, population, geonames_id
                FROM place AS p
                WHERE origin = 'gazetteer' AND geonames_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM place_mention WHERE place_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM event_place WHERE place_id = p.id)
                """
            ) { row in
                guard let position = shipped.position(geonamesID: try row.int("geonames_id")) else { return }
                let entry = shipped.entry(at: position)
                let stored = GazetteerEntry(
                    name: try row.text("name"), kind: PlaceKind(try row.text("kind")),
                    countryCode: try row.optionalText("country_code"), admin1: try row.optionalText("admin1"),
                    latitude: try row.optionalDouble("latitude"), longitude: try row.optionalDouble("longitude"),
                    population: try row.optionalInt("population"), geonamesID: entry.geonamesID)
                let same = stored == entry
                if same { redundant.append(try row.int("id")) }
            }
            for id in redundant { try db.run("DELETE FROM place WHERE id = ?", [id]) }
            if !redundant.isEmpty { cachedGazetteer = nil }
            return redundant.count
        }
    }

    /// The database's size on disk (file and write-ahead log), or its pages in memory.
    private func currentBytes() throws -> Int {
        guard path != ":memory:" else {
            let pages = try db.queryFirst("PRAGMA page_count") { $0.int(0) ?? 0 } ?? 0
            let size = try db.queryFirst("PRAGMA page_size") { $0.int(0) ?? 0 } ?? 0
            return pages * size
        }
        return Self.bytesOnDisk(path) + Self.bytesOnDisk(path + "-wal")
    }

    private static func bytesOnDisk(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Creates `path` as a new empty file readable by its owner only, failing if anything is
    /// there already (O_EXCL: no race with another process creating it meanwhile).
    private static func createPrivateFile(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason: String
            switch errno {
            case EEXIST: reason = "a file is already there; a backup never overwrites one, give a new name"
            case ENOENT: reason = "no such folder"
            case EACCES, EPERM, EROFS: reason = "the folder is not writable"
            case EISDIR: reason = "it is a folder; give a file name inside it"
            default: reason = String(cString: strerror(errno))
            }
            throw NewsStoreError.backupFailed(path: path, reason: reason)
        }
        // The umask can only take bits away from 0600; set it exactly anyway.
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Removes a failed copy and whatever journal SQLite left beside it.
    private static func removeCopy(_ path: String) {
        for file in [path, path + "-journal", path + "-wal", path + "-shm"] {
            try? FileManager.default.removeItem(atPath: file)
        }
    }
}
