import Foundation
import GRDB
import PlannerCore

/// The run history: every `plan compare` and `plan generate` recorded in one SQLite file, so a
/// later run can say what changed since the last plan.
///
/// One value over a GRDB `DatabaseWriter`, migrated when opened, safe to share between tasks.
/// Every method throws ``HistoryError`` only.
public struct HistoryStore: Sendable {
    /// How long a write waits for another process's write to finish before giving up.
    /// Generous on purpose: a run's write takes milliseconds, so only a stuck process waits
    /// this long, and eight `plan` runs started at once must all succeed.
    public static let defaultBusyTimeout: TimeInterval = 10

    /// The database file, or `:memory:`.
    public let path: String
    /// The busy timeout the store was opened with, for the "locked" message.
    public let busyTimeout: TimeInterval
    let writer: any DatabaseWriter

    /// Opens (and when `create` is true, creates) the history file at `path`, in WAL mode so
    /// readers never wait for a writer, and migrates it to the current schema.
    ///
    /// - Parameters:
    ///   - create: false for commands that only read: a missing file is then ``HistoryError/Kind/missing``
    ///     rather than a new empty history.
    public static func open(
        path: String, busyTimeout: TimeInterval = defaultBusyTimeout,
        create: Bool = true
    ) throws(HistoryError) -> HistoryStore {
        let fileManager = FileManager.default
        var pathIsFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &pathIsFolder), pathIsFolder.boolValue {
            throw .notWritable(path, "it is a folder; the history is a file such as \(path)/.plan-history.sqlite")
        }
        if !fileManager.fileExists(atPath: path) {
            guard create else { throw .missing(path) }
            let folder = (path as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            if !folder.isEmpty, !fileManager.fileExists(atPath: folder, isDirectory: &isFolder) {
                do {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .notWritable(path, "cannot create the folder \(folder)")
                }
            } else if !folder.isEmpty, !isFolder.boolValue {
                throw .notWritable(path, "\(folder) is a file, not a folder")
            }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "plan.history"

        // Several processes opening one file at the same moment can race where SQLite cannot
        // wait: GRDB's WAL set-up upgrades a read to a write (SQLITE_BUSY_SNAPSHOT, which a
        // busy timeout does not cover). Such a failure is retried until the timeout is spent;
        // a real lock has already waited the whole timeout and is reported at once.
        let started = ContinuousClock.now
        var attempt = 0
        while true {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                return try HistoryStore(writer: queue, path: path, busyTimeout: busyTimeout)
            } catch let error as DatabaseError
                where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode)
                && ContinuousClock.now - started < .seconds(busyTimeout)
            {
                attempt += 1
                Thread.sleep(forTimeInterval: min(0.2, 0.005 * Double(attempt)))
            } catch {
                throw HistoryError.from(error, path: path, timeout: busyTimeout)
            }
        }
    }

    /// A new, empty history in memory, for tests.
    public static func inMemory() throws(HistoryError) -> HistoryStore {
        do {
            return try HistoryStore(writer: DatabaseQueue(), path: ":memory:", busyTimeout: 0)
        } catch {
            throw HistoryError.from(error, path: ":memory:", timeout: 0)
        }
    }

    /// Wraps a writer and migrates it. Throws `DatabaseError` or `HistoryError`.
    init(writer: any DatabaseWriter, path: String, busyTimeout: TimeInterval) throws {
        self.writer = writer
        self.path = path
        self.busyTimeout = busyTimeout
        try migrate()
    }

    /// Brings the schema up to date, after checking that the file is a plan history that
    /// this version can read.
    private func migrate() throws {
        let migrator = HistorySchema.migrator
        let known = Set(migrator.migrations)
        let (tables, applied) = try writer.read { db in
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            let applied =
                tables.contains("grdb_migrations")
                ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") : []
            return (tables, applied)
        }
        // Foreign: tables of its own and none of ours. A file holding only `grdb_migrations`
        // is ours, caught between another process's first two statements of v1.
        let others = tables.filter { $0 != "grdb_migrations" }
        if !others.isEmpty, known.isDisjoint(with: applied), HistorySchema.tables.isDisjoint(with: others) {
            throw HistoryError.foreign(path, tables: others)
        }
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty { throw HistoryError.newer(path, unknown: unknown) }
        if known.isSubset(of: applied) { return }  // up to date: open without taking the write lock
        // Each migration is a transaction of its own, and the migrator reads which are applied
        // before it takes the write lock: two processes opening one file can both decide to run
        // a migration, and the second one's statements then fail once the first has committed
        // it. The second reads again and goes on with what is left (the next migration, or
        // nothing: the schema is complete, which is success).
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                if try writer.read(migrator.hasCompletedMigrations) { return }
                attempt += 1
                guard attempt < Self.migrationAttempts else { throw error }
                Thread.sleep(forTimeInterval: 0.005 * Double(attempt))
            }
        }
    }

    /// How often opening a history tries the migrations that another process is running too:
    /// one try per migration that can be raced, and some to spare.
    static let migrationAttempts = 10

    // MARK: - Writing

    /// Records one run in one transaction and returns its id. Sets no clock: the run's place
    /// in the history is `recordedSequence`, one more than the highest so far.
    @discardableResult
    public func record(_ run: RunRecord) throws(HistoryError) -> Int64 {
        try guarded {
            try writer.write { db in try RunRows.insert(run, into: db) }
        }
    }

    // MARK: - Reading

    /// The runs of one organization, newest first (by recorded sequence), at most `limit`.
    ///
    /// - Parameter facts: false leaves every product's facts empty, for listings that do not
    ///   show them: facts are most of a run's rows.
    public func runs(organization: String, limit: Int? = nil, facts: Bool = true) throws(HistoryError) -> [RunRecord] {
        try guarded {
            try writer.read { db in
                try RunRows.fetch(
                    db, path: path, where: "organization_id = ?", arguments: [organization], limit: limit, facts: facts)
            }
        }
    }

    /// One run by id, whatever its organization; nil when there is no such run.
    public func run(id: Int64) throws(HistoryError) -> RunRecord? {
        try guarded {
            try writer.read { db in
                try RunRows.fetch(db, path: path, where: "id = ?", arguments: [id]).first
            }
        }
    }

    /// The two most recent runs of one organization, for `plan diff` without ids; nil when
    /// fewer than two runs exist.
    public func lastTwo(organization: String) throws(HistoryError) -> (older: RunRecord, newer: RunRecord)? {
        let runs = try runs(organization: organization, limit: 2)
        guard runs.count >= 2 else { return nil }
        return (older: runs[1], newer: runs[0])
    }

    /// The most recent run of one organization recorded before run `id` (before every run
    /// when `id` is nil, i.e. the latest), optionally of one command only. This is the run a
    /// new plan compares itself with ("changes since the last plan"), looked up before the
    /// new run is recorded.
    public func previousRun(
        organization: String, before id: Int64? = nil,
        command: RunRecord.Command? = nil
    ) throws(HistoryError) -> RunRecord? {
        try guarded {
            try writer.read { db in
                var filter = "organization_id = ?"
                var arguments: StatementArguments = [organization]
                if let id {
                    filter += " AND recorded_sequence < (SELECT recorded_sequence FROM runs WHERE id = ?)"
                    arguments += [id]
                }
                if let command {
                    filter += " AND command = ?"
                    arguments += [command.rawValue]
                }
                return try RunRows.fetch(db, path: path, where: filter, arguments: arguments, limit: 1).first
            }
        }
    }

    /// The organization ids that have runs, sorted: for "did you mean …?" hints.
    public func organizations() throws(HistoryError) -> [String] {
        try guarded {
            try writer.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT organization_id FROM runs ORDER BY organization_id")
            }
        }
    }

    // MARK: - Support

    /// Runs `body`, turning whatever it throws into a `HistoryError` naming this store's file.
    private func guarded<T>(_ body: () throws -> T) throws(HistoryError) -> T {
        do {
            return try body()
        } catch {
            throw HistoryError.from(error, path: path, timeout: busyTimeout)
        }
    }
}

// MARK: - Test support

extension HistoryStore {
    /// Holds the write lock while `body` runs: lets tests make another connection wait.
    func holdingWriteLock(_ body: () throws -> Void) throws(HistoryError) {
        try guarded {
            try writer.write { _ in try body() }
        }
    }

    /// The journal mode SQLite reports (`wal` for a file store), for tests.
    func journalMode() throws(HistoryError) -> String {
        try guarded {
            try writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
        }
    }

    /// The text of the first column of each row of `sql`, for tests that look at the tables.
    func strings(_ sql: String) throws(HistoryError) -> [String] {
        try guarded {
            try writer.read { db in try String.fetchAll(db, sql: sql) }
        }
    }

    /// Runs raw SQL on this store's connection, for tests that damage or extend a history.
    func execute(_ sql: String) throws(HistoryError) {
        try guarded {
            try writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
        }
    }

    /// Runs raw SQL on a plain SQLite file, outside any store, for tests that need a database
    /// that is not a plan history.
    static func executeOutsideStore(path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }
}
