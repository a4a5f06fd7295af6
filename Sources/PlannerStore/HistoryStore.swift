import Foundation
import GRDB
import PlannerCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// An existing file is looked at read-only first: an SQLite database that is not a plan
    /// history, or one written by a newer `plan`, is refused before anything is written to
    /// it (not even the WAL journal mode). A path that is not a regular file is refused.
    ///
    /// - Parameters:
    ///   - create: false for commands that only read: a missing file is then ``HistoryError/Kind/missing``
    ///     rather than a new empty history.
    ///   - readOnly: true for commands that only read (`plan history`, `plan diff`, `plan
    ///     generate --stdout`): the file is opened read-only, takes no lock, is never created
    ///     or migrated, and may be a file the user cannot write.
    ///   - followLinks: false for the default history inside the plans folder: a symbolic
    ///     link there (or in place of its `-wal` or `-shm` file) is refused, since it could
    ///     point anywhere. A path given with `--db` is the user's choice and is followed.
    public static func open(
        path: String, busyTimeout: TimeInterval = defaultBusyTimeout,
        create: Bool = true, readOnly: Bool = false, followLinks: Bool = true
    ) throws(HistoryError) -> HistoryStore {
        let fileManager = FileManager.default
        let exists = try checkPath(path, followLinks: followLinks)
        if readOnly {
            guard exists, !isEmptyFile(path) else { throw .missing(path) }
            return try openReadOnly(path: path, busyTimeout: busyTimeout, followLinks: followLinks)
        }
        if !exists {
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
                // Looked at read-only first, so that a foreign file is left exactly as it was.
                if exists, !isEmptyFile(path) { try inspect(path, busyTimeout: busyTimeout) }
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

    /// The history read-only: no journal mode set, no migration, no lock taken. A history
    /// whose schema is not complete yet (another process is creating it) has no runs to read.
    /// One written by an older `plan` is migrated first when the file and its folder are
    /// writable (once; later reads take no lock), and refused with what to run otherwise.
    ///
    /// - Parameter writable: whether the file may be migrated (tests pass false: a process
    ///   running as root may write any file).
    static func openReadOnly(
        path: String, busyTimeout: TimeInterval, followLinks: Bool, writable: ((String) -> Bool)? = nil
    ) throws(HistoryError) -> HistoryStore {
        let state: HistorySchema.State
        do {
            state = try inspect(path, busyTimeout: busyTimeout)
        } catch {
            throw HistoryError.from(error, path: path, timeout: busyTimeout)
        }
        switch state {
        case .complete: break
        case .creating: throw .missing(path)
        case .outdated:
            guard (writable ?? isWritable)(path) else { throw .outdated(path) }
            // Migrated by a writable open, closed when the store goes out of scope.
            _ = try open(
                path: path, busyTimeout: busyTimeout, create: false, readOnly: false, followLinks: followLinks)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "plan.history.read"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return HistoryStore(reader: queue, path: path, busyTimeout: busyTimeout)
        } catch {
            throw HistoryError.from(error, path: path, timeout: busyTimeout)
        }
    }

    /// True when this process may write the file and create its journal files beside it.
    private static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// How far the file's schema is (see ``HistorySchema/state(tables:applied:path:)``).
    /// Throws a `HistoryError` when it is another SQLite database or one written by a newer
    /// `plan`, and SQLite's error when it cannot be read (busy, not a database). Reads only:
    /// the file is opened read-only and left as it was.
    @discardableResult
    static func inspect(_ path: String, busyTimeout: TimeInterval) throws -> HistorySchema.State {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "plan.history.inspect"
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let (tables, applied) = try queue.read { db in
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            let applied =
                tables.contains("grdb_migrations")
                ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") : []
            return (tables, applied)
        }
        try queue.close()
        return try HistorySchema.state(tables: tables, applied: applied, path: path)
    }

    /// True when a file exists at `path` (after checking that it and its journal files are
    /// safe to open); false when there is none.
    private static func checkPath(_ path: String, followLinks: Bool) throws(HistoryError) -> Bool {
        if !followLinks {
            for candidate in [path, path + "-wal", path + "-shm"] {
                var info = stat()
                if lstat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { throw .linked(candidate) }
            }
        }
        var info = stat()
        // Missing (or a link given with --db that points nowhere yet: SQLite creates its target).
        guard stat(path, &info) == 0 else { return false }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFDIR:
            throw .notWritable(path, "it is a folder; the history is a file such as \(path)/.plan-history.sqlite")
        default: throw .notRegular(path)
        }
    }

    private static func isEmptyFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size == 0
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

    /// Wraps a read-only connection, already checked (``inspect(_:)``); nothing is migrated
    /// and ``record(_:)`` fails.
    init(reader: any DatabaseWriter, path: String, busyTimeout: TimeInterval) {
        self.writer = reader
        self.path = path
        self.busyTimeout = busyTimeout
    }

    /// Brings the schema up to date, after checking that the file is a plan history that
    /// this version can read.
    private func migrate() throws {
        let migrator = HistorySchema.migrator
        let (tables, applied) = try writer.read { db in
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            let applied =
                tables.contains("grdb_migrations")
                ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") : []
            return (tables, applied)
        }
        // Up to date: open without taking the write lock. A foreign or newer file throws.
        if try HistorySchema.check(tables: tables, applied: applied, path: path) { return }
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

    /// Records runs in their order in one transaction (all or none) and returns their ids:
    /// one flush of the journal for them all, where a batch of plans flushed once per plan.
    public func record(_ runs: [RunRecord]) throws(HistoryError) -> [Int64] {
        try guarded {
            try writer.write { db in try runs.map { try RunRows.insert($0, into: db) } }
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
