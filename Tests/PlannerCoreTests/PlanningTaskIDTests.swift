import Foundation
import Testing

@testable import PlannerCore

/// The stable task ids a plan's ticks are kept by (Docs/Planning.md §7).
@Suite struct PlanningTaskIDTests {
    static let catalog: Catalog? = try? InventoryTestSupport.shippedCatalog()

    /// The plan of an example, optionally with its YAML changed first.
    static func plan(_ example: String, _ change: (String) -> String = { $0 }) throws -> MigrationPlan {
        let catalog = try #require(catalog)
        let url = InventoryTestSupport.packageRoot.appendingPathComponent("Examples/\(example).yaml")
        let yaml = change(try String(contentsOf: url, encoding: .utf8))
        let loader = InventoryLoader(catalog: catalog, asOf: InventoryTestSupport.asOf)
        let inventory = try loader.load(Array(yaml.utf8), file: "\(example).yaml").get()
        let assessment = assess(inventory, against: catalog, asOf: InventoryTestSupport.asOf)
        return MigrationPlanner.plan(inventory: inventory, catalog: catalog, assessment: assessment)
    }

    static func ids(_ plan: MigrationPlan) -> [String] {
        plan.phases.flatMap { $0.checklist.map(\.taskID) }
    }

    @Test(
        "Every task of every example has a valid id, unique within its plan",
        arguments: ["school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body"])
    func uniqueAndValid(example: String) throws {
        let ids = Self.ids(try Self.plan(example))
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "\(ids)")
        for id in ids { #expect(TaskID.isValid(id), "\(id)") }
    }

    @Test("Per-service tasks name the product; the waves share their steps; one-of-a-kind tasks are their kind")
    func subjects() throws {
        let ids = Set(Self.ids(try Self.plan("school-44fz")))
        for id in [
            "project-team", "procurement-44fz", "server-install:trueconf", "old-service-notice:zoom",
            "old-service-export:zoom", "contract-gap:zoom", "account-close:zoom", "data-deletion:zoom",
            "wave-accounts", "wave-training",
        ] {
            #expect(ids.contains(id), "\(id) is missing from \(ids.sorted())")
        }
        #expect(!ids.contains { $0.contains("wave-1") || $0.contains("wave-2") }, "ids must not follow wave numbers")
    }

    @Test("A site added before the others, more users or a site split into blocks change no id of the tasks that stay")
    func stableAcrossChanges() throws {
        let before = Set(Self.ids(try Self.plan("school-44fz")))
        let added = Set(
            Self.ids(
                try Self.plan("school-44fz") { yaml in
                    yaml.replacingOccurrences(
                        of: "  sites:\n",
                        with: "  sites:\n    - name: \"Филиал\"\n      users: 20\n      room_systems: 1\n"
                    )
                    .replacingOccurrences(of: "  users: 186", with: "  users: 206")
                }))
        #expect(before.isSubset(of: added), "lost: \(before.subtracting(added).sorted())")
        let split = try Self.plan("school-44fz") { yaml in
            yaml.replacingOccurrences(of: "      users: 142\n", with: "      users: 600\n")
                .replacingOccurrences(of: "  users: 186", with: "  users: 644")
        }
        #expect(split.waves.count == 4)
        #expect(before.isSubset(of: Set(Self.ids(split))), "lost: \(before.subtracting(Self.ids(split)).sorted())")
    }

    @Test("Repeated ids get -2, -3 in plan order, skipping ids already taken")
    func makeUnique() {
        func phase(_ ids: [(String, [String])]) -> Phase {
            let day = InventoryTestSupport.asOf
            return Phase(
                id: "decommissioning", kind: .decommissioning, start: day, end: day, workingDays: 1,
                checklist: ids.map { ChecklistItem($0.0, subjects: $0.1) })
        }
        var phases = [
            phase([("account-close", ["zoom"]), ("account-close", ["zoom"]), ("account-close", ["zoom-2"])]),
            phase([("account-close", ["zoom"]), ("clients-uninstall", [])]),
        ]
        TaskID.makeUnique(&phases)
        #expect(
            phases.flatMap { $0.checklist.map(\.taskID) } == [
                "account-close:zoom", "account-close:zoom-3", "account-close:zoom-2", "account-close:zoom-4",
                "clients-uninstall",
            ])
    }

    @Test("Subjects become slugs; a name with nothing to keep becomes site-N")
    func parts() {
        #expect(TaskID.make("wave-accounts", ["Корпус Б"]) == "wave-accounts:korpus-b")
        #expect(TaskID.make("old-service-notice", ["zoom"]) == "old-service-notice:zoom")
        #expect(TaskID.site("№ 1 — «»", index: 0) == "1")
        #expect(TaskID.site("«»", index: 2) == "site-3")
        #expect(TaskID.isValid("recordings-export:zoom"))
        for bad in ["", "A", "a::b", "a:", "a--b", "a b", "a>b", ":a"] { #expect(!TaskID.isValid(bad), "\(bad)") }
    }
}
