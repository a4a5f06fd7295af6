import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerStore

/// Every way the file can be wrong gives a `HistoryError` that names the path and says what
/// to do, never a crash, and never touches a file that is not ours.
@Suite("HistoryStore: damaged, foreign, locked and unwritable files")
struct HistoryFailureTests {
    /// The error `body` throws, which must be a `HistoryError`.
    private func historyError(_ body: () throws -> Void) -> HistoryError? {
        do {
            try body()
            return nil
        } catch let error as HistoryError {
            return error
        } catch {
            Issue.record("expected a HistoryError, got \(error)")
            return nil
        }
    }

    @Test("a file of garbage bytes is 'not a plan history' and is left untouched")
    func garbage() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history.sqlite")
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(historyError { _ = try HistoryStore.open(path: path) })
        #expect(error.kind == .notADatabase)
        #expect(
            error.message
                == "\(path) is not a plan history (not an SQLite database); move it aside and plan starts a new history there, or point --db at another file"
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a history with damaged pages gives 'damaged', on open or on read")
    func damagedPages() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history.sqlite")
        do {
            let store = try HistoryStore.open(path: path)
            for number in 0..<20 { try store.record(Sample.largeRun(number: number)) }
        }  // the last connection closes: SQLite checkpoints the WAL into the file
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > 16 * 4096)
        for offset in stride(from: 4096, to: bytes.count, by: 1) where offset % 4096 < 2048 {
            bytes[offset] = UInt8(truncatingIfNeeded: offset &* 31)
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(
            historyError {
                let store = try HistoryStore.open(path: path)
                _ = try store.runs(organization: "gymnasium-5")
            })
        #expect(error.kind == .corrupt)
        #expect(error.message.hasPrefix("the history \(path) is damaged ("))
        #expect(
            error.message.hasSuffix(
                "move it aside and plan starts a new history there (its old runs are lost to plan), or point --db at another file"
            ))
    }

    @Test("another application's SQLite database is refused, not migrated")
    func foreignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        try HistoryStore.executeOutsideStore(path: path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        let error = try #require(historyError { _ = try HistoryStore.open(path: path) })
        #expect(error.kind == .foreignDatabase)
        #expect(
            error.message
                == "\(path) is an SQLite database but not a plan history (it holds notes); point --db at another file")
    }

    @Test("a history from a newer plan is refused with 'upgrade plan'")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history.sqlite")
        try HistoryStore.open(path: path).execute("INSERT INTO grdb_migrations VALUES ('v2-future')")
        let error = try #require(historyError { _ = try HistoryStore.open(path: path) })
        #expect(error.kind == .newerSchema)
        #expect(
            error.message
                == "the history \(path) was written by a newer plan (unknown schema migration 'v2-future'); upgrade plan, or point --db at another file"
        )
    }

    @Test("a typed value this version cannot read (a hand-edited code, kind or parameters) is 'cannot read'")
    func unreadableTypedValues() throws {
        for edit in [
            "UPDATE run_blockers SET code = 'no-such-reason'",
            "UPDATE run_blockers SET parameters = '{\"register\": 1}'",
            "UPDATE run_facts SET kind = 'colour'",
            "UPDATE run_facts SET confidence = 'certain'",
        ] {
            let store = try HistoryStore.inMemory()
            try store.record(Sample.run())
            try store.execute(edit)
            let error = try #require(historyError { _ = try store.runs(organization: "gymnasium-5") }, "\(edit)")
            #expect(error.kind == .unreadable, "\(edit)")
            #expect(error.message.contains("run 1, product "), "\(error.message)")
        }
    }

    @Test("a reading command does not create a missing history")
    func missing() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("plans/.plan-history.sqlite")
        let error = try #require(historyError { _ = try HistoryStore.open(path: path, create: false) })
        #expect(error.kind == .missing)
        #expect(
            error.message
                == "no history at \(path): plan generate (and plan compare --record) record their runs there; run one of them first, or point --db at another history file"
        )
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a folder that is a file gives 'cannot open or write'")
    func folderIsAFile() throws {
        let folder = try TemporaryFolder()
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder.file("plans")))
        let path = folder.file("plans/.plan-history.sqlite")
        let error = try #require(historyError { _ = try HistoryStore.open(path: path) })
        #expect(error.kind == .notWritable)
        #expect(
            error.message
                == "cannot open or write the history \(path) (\(folder.file("plans")) is a file, not a folder); check that its folder exists and is writable, or point --db at another file"
        )
    }

    @Test("a folder given as the history file is refused before SQLite sees it")
    func pathIsAFolder() throws {
        let folder = try TemporaryFolder()
        let error = try #require(historyError { _ = try HistoryStore.open(path: folder.path) })
        #expect(error.kind == .notWritable)
        #expect(
            error.message
                == "cannot open or write the history \(folder.path) (it is a folder; the history is a file such as \(folder.path)/.plan-history.sqlite); check that its folder exists and is writable, or point --db at another file"
        )
    }

    @Test(
        "a folder without write permission gives 'cannot open or write'",
        .enabled(if: getuid() != 0, "root writes anywhere"))
    func readOnlyFolder() throws {
        let folder = try TemporaryFolder()
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(
            atPath: locked, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o500])
        let error = try #require(historyError { _ = try HistoryStore.open(path: locked + "/h.sqlite") })
        #expect(error.kind == .notWritable)
        #expect(error.message.hasPrefix("cannot open or write the history \(locked)/h.sqlite ("))
    }

    #if os(Linux)
        @Test("a file SQLite cannot create (even as root) gives 'cannot open or write'")
        func cannotCreate() throws {
            let error = try #require(historyError { _ = try HistoryStore.open(path: "/proc/plan-history.sqlite") })
            #expect(error.kind == .notWritable)
            #expect(error.message.hasPrefix("cannot open or write the history /proc/plan-history.sqlite ("))
        }
    #endif

    @Test("a write lock held past the busy timeout gives 'locked', after waiting the timeout")
    func locked() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history.sqlite")
        let holder = try HistoryStore.open(path: path)
        let waiter = try HistoryStore.open(path: path, busyTimeout: 0.3)
        let held = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? holder.holdingWriteLock {
                held.signal()
                Thread.sleep(forTimeInterval: 2)
            }
            released.signal()
        }
        held.wait()
        let clock = ContinuousClock()
        let began = clock.now
        let error = try #require(historyError { try waiter.record(Sample.run()) })
        let waited = seconds(clock.now - began)
        #expect(error.kind == .locked)
        #expect(
            error.message
                == "the history \(path) stayed locked by another process for more than 0.3 s; try again when the other plan run has finished, or point --db at another file"
        )
        #expect(waited >= 0.25 && waited < 1.9)
        // Readers are not blocked by a writer in WAL mode.
        #expect(try waiter.runs(organization: "gymnasium-5").isEmpty)
        released.wait()
        #expect(try waiter.record(Sample.run()) == 1)
    }
}
