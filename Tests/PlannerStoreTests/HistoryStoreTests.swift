import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerStore

@Suite("HistoryStore: schema, records, order")
struct HistoryStoreTests {
    @Test("an empty file is migrated to the current schema, in WAL mode")
    func migratesFromEmpty() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: folder.file("history.sqlite"))
        #expect(try store.strings("SELECT identifier FROM grdb_migrations") == ["v1-runs", "v2-typed-facts"])
        let tables = try store.strings(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'run%' ORDER BY name")
        #expect(tables == ["run_blockers", "run_facts", "run_products", "run_rules", "runs"])
        #expect(try store.journalMode() == "wal")
        #expect(try store.runs(organization: "gymnasium-5").isEmpty)
    }

    @Test("opening an up-to-date history again changes nothing")
    func reopens() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history.sqlite")
        let id = try HistoryStore.open(path: path).record(Sample.run())
        let again = try HistoryStore.open(path: path, create: false)
        #expect(try again.run(id: id)?.organizationID == "gymnasium-5")
        #expect(try again.strings("SELECT identifier FROM grdb_migrations") == ["v1-runs", "v2-typed-facts"])
    }

    @Test("a missing folder is created for a new history")
    func createsFolder() throws {
        let folder = try TemporaryFolder()
        let store = try HistoryStore.open(path: folder.file("plans/nested/.plan-history.sqlite"))
        try store.record(Sample.run())
        #expect(FileManager.default.fileExists(atPath: folder.file("plans/nested/.plan-history.sqlite")))
    }

    @Test("a run reads back exactly as recorded, from memory and from a file")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        for store in [try HistoryStore.inMemory(), try HistoryStore.open(path: folder.file("h.sqlite"))] {
            let original = Sample.run()
            let id = try store.record(original)
            let read = try #require(try store.run(id: id))
            var expected = original
            expected.id = id
            expected.recordedSequence = 1
            #expect(read == expected)
            #expect(
                read.product("trueconf")?.facts.map(\.key) == [
                    "capability.transcription", "price.annual", "registries.ru_software",
                ])
            #expect(read.product("zoom")?.blockers.map(\.rule) == ["RU-1236-REGISTRY", "VENDOR-RESTRICTION"])
            #expect(read.product("zoom")?.rank == nil && read.product("zoom")?.total == nil)
            #expect(try store.run(id: id + 1) == nil)
        }
    }

    @Test("runs come newest first, one organization only; sequence counts across the file")
    func newestFirst() throws {
        let store = try HistoryStore.inMemory()
        let first = try store.record(Sample.run(asOf: "2026-01-15"))
        let other = try store.record(Sample.run(organization: "school-12"))
        let second = try store.record(Sample.run(asOf: "2026-02-01", command: .compare))
        let third = try store.record(Sample.run(asOf: "2025-12-01"))  // an older --as-of, recorded last
        let runs = try store.runs(organization: "gymnasium-5")
        #expect(runs.map(\.id) == [third, second, first])
        #expect(runs.map(\.recordedSequence) == [4, 3, 1])
        #expect(try store.runs(organization: "gymnasium-5", limit: 2).map(\.id) == [third, second])
        let light = try #require(try store.runs(organization: "gymnasium-5", facts: false).first)
        #expect(
            light.product("trueconf")?.facts == [] && light.product("zoom")?.blockers.count == 2
                && light.rules.count == 1)
        #expect(try store.runs(organization: "school-12").map(\.id) == [other])
        #expect(try store.organizations() == ["gymnasium-5", "school-12"])

        let pair = try #require(try store.lastTwo(organization: "gymnasium-5"))
        #expect(pair.older.id == second && pair.newer.id == third)
        #expect(try store.lastTwo(organization: "school-12") == nil)
        #expect(try store.lastTwo(organization: "nobody") == nil)
    }

    @Test("previousRun finds the run a new plan compares itself with")
    func previousRun() throws {
        let store = try HistoryStore.inMemory()
        #expect(try store.previousRun(organization: "gymnasium-5") == nil)
        let first = try store.record(Sample.run(command: .generate))
        let second = try store.record(Sample.run(command: .compare))
        let third = try store.record(Sample.run(command: .compare))
        #expect(try store.previousRun(organization: "gymnasium-5")?.id == third)
        #expect(try store.previousRun(organization: "gymnasium-5", before: third)?.id == second)
        #expect(try store.previousRun(organization: "gymnasium-5", before: first) == nil)
        #expect(try store.previousRun(organization: "gymnasium-5", command: .generate)?.id == first)
        #expect(try store.previousRun(organization: "gymnasium-5", before: second, command: .compare) == nil)
    }

    @Test("a failed record leaves nothing behind (one transaction)")
    func atomicRecord() throws {
        let store = try HistoryStore.inMemory()
        var run = Sample.run()
        run.rules = [Sample.registry, Sample.registry]  // the same rule twice breaks the primary key
        #expect(throws: HistoryError.self) { try store.record(run) }
        #expect(try store.strings("SELECT COUNT(*) FROM runs") == ["0"])
        #expect(try store.strings("SELECT COUNT(*) FROM run_products") == ["0"])
        #expect(try store.record(Sample.run()) == 1)  // the rolled-back run left no trace, not even its id
    }

    @Test("facts are sorted by key and a repeated key keeps its last value")
    func factsNormalized() {
        let product = ProductRecord(
            productID: "p", name: "P", category: "c", status: .eligible,
            facts: [
                FactRecord(.capability("b"), .number(1)), FactRecord(.capability("a"), .number(2)),
                FactRecord(.capability("b"), .number(3)),
            ])
        #expect(product.facts == [FactRecord(.capability("a"), .number(2)), FactRecord(.capability("b"), .number(3))])
    }
}
