import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerStore

/// Parallel `plan` runs share one history file: each opens its own connection, and every
/// write must wait its turn rather than fail.
@Suite("HistoryStore: parallel writers on one file")
struct HistoryConcurrencyTests {
    @Test("8 connections × 25 runs on one new file: all 200 recorded, none lost")
    func eightWriters() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history.sqlite")
        let failures = Collector<String>()
        // Each thread opens the new file itself, so the creation and migration race too.
        let wall = onThreads(8) { writer in
            do {
                let store = try HistoryStore.open(path: path)
                for number in 0..<25 {
                    try store.record(Sample.largeRun(organization: "org-\(writer)", number: number))
                }
            } catch {
                failures.append("writer \(writer): \(error)")
            }
        }
        #expect(failures.values == [])
        let store = try HistoryStore.open(path: path)
        #expect(try store.strings("SELECT COUNT(*) FROM runs") == ["200"])
        #expect(
            try store.strings(
                "SELECT COUNT(DISTINCT recorded_sequence) || ' ' || MIN(recorded_sequence) || ' ' || MAX(recorded_sequence) FROM runs"
            ) == ["200 1 200"])
        #expect(try store.strings("SELECT COUNT(*) FROM run_facts") == [String(200 * 12 * 30)])
        for writer in 0..<8 {
            let runs = try store.runs(organization: "org-\(writer)")
            #expect(runs.count == 25)
            // Newest first, and each writer's own runs in the order it wrote them.
            #expect(
                runs.map { $0.product("product-0")?.fact(.capability("fact.0"))?.value }
                    == (0..<25).reversed().map { FactValue.number(Double($0)) })
        }
        print("8 writers × 25 runs (12 products, 30 facts each) on one file: \(String(format: "%.2f", wall)) s wall")
    }

    @Test("8 connections opening one new file at the same moment all succeed, 10 times over")
    func simultaneousCreation() throws {
        for round in 0..<10 {
            let folder = try TemporaryFolder()
            let path = folder.file("history.sqlite")
            let failures = Collector<String>()
            onThreads(8) { writer in
                do {
                    try HistoryStore.open(path: path).record(Sample.run(organization: "org-\(writer)"))
                } catch {
                    failures.append("round \(round), writer \(writer): \(error)")
                }
            }
            #expect(failures.values == [])
            #expect(try HistoryStore.open(path: path).strings("SELECT COUNT(*) FROM runs") == ["8"])
        }
    }

    @Test("recording one run of realistic size takes milliseconds")
    func recordTime() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: folder.file("history.sqlite"))
        let clock = ContinuousClock()
        var times: [Double] = []
        for number in 0..<50 {
            let run = Sample.largeRun(number: number)
            let began = clock.now
            try store.record(run)
            times.append(seconds(clock.now - began))
        }
        let began = clock.now
        let runs = try store.runs(organization: "gymnasium-5")
        let readAll = seconds(clock.now - began)
        #expect(runs.count == 50)
        times.sort()
        let median = times[times.count / 2]
        #expect(median < 0.5)
        print(
            "record one run (12 products, 360 facts, 10 rules): median \(String(format: "%.2f", median * 1000)) ms, max \(String(format: "%.2f", (times.last ?? 0) * 1000)) ms; read 50 runs: \(String(format: "%.1f", readAll * 1000)) ms"
        )
    }
}
