import Testing

@testable import PlannerCore

/// Same inputs, same plan; every id the planner emits is in the vocabulary; huge inventories stay bounded.
extension PlanningPlannerTests {
    // MARK: Determinism

    @Test func sameInputsGiveEqualPlans() {
        let inventory = Self.inventory(
            name: "МБОУ СОШ № 1", sector: .education, ownership: .municipal, users: 300,
            itStaff: 2, deadline: d("2027-06-01"),
            sites: [Site(name: "A", users: 200, roomSystems: 2), Site(name: "B", users: 100)],
            contractEnd: d("2027-05-31"), features: ["breakout_rooms", "polls", "auth.ldap"],
            recordingsGB: 120, start: d("2027-01-11"),
            blackouts: [Blackout(from: d("2027-08-01"), to: d("2027-08-31"), reason: "отпуска")])
        let advisory = Advisory(id: "CVE-1", summary: LocalizedText(ru: "x", en: "x"), exploited: true)
        let first = MigrationPlanner().plan(
            inventory: inventory, catalog: Self.catalog,
            target: Self.product(onPremises: true, advisories: [advisory]),
            runnerUp: Self.product(id: "other"), asOf: d("2027-01-11"))
        for _ in 0..<5 {
            let again = MigrationPlanner().plan(
                inventory: inventory, catalog: Self.catalog,
                target: Self.product(onPremises: true, advisories: [advisory]),
                runnerUp: Self.product(id: "other"), asOf: d("2027-01-11"))
            #expect(again == first)
        }
    }

    @Test func theShippedCatalogPlansDeterministically() throws {
        let catalog = try CatalogLoader(asOf: d("2026-11-29")).load().get()
        let target = try #require(catalog.product("trueconf"))
        let inventory = Self.inventory(
            name: "МБОУ «Гимназия № 5»", sector: .education, ownership: .municipal,
            users: 140, itStaff: 2, deadline: d("2027-08-31"),
            sites: [
                Site(name: "Главный корпус", users: 120, roomSystems: 2),
                Site(name: "Филиал", users: 20),
            ],
            contractEnd: d("2027-06-30"),
            features: [
                "breakout_rooms", "polls", "recording.cloud", "interop.sip",
                "integrations.moodle", "auth.ldap",
            ],
            recordingsGB: 80, start: d("2027-01-15"))
        let one = MigrationPlanner.plan(
            inventory: inventory, catalog: catalog, target: target, runnerUp: nil,
            asOf: d("2026-11-29"))
        let two = MigrationPlanner.plan(
            inventory: inventory, catalog: catalog, target: target, runnerUp: nil,
            asOf: d("2026-11-29"))
        #expect(one == two)
        #expect(one.status == .ready)
        #expect(one.risks.contains { $0.kind == "advisory" })
        #expect(one.facts.hasMoodle && one.facts.needsLDAP)
    }

    // MARK: Vocabulary

    @Test func everyIDThePlannerEmitsIsInTheVocabulary() {
        let advisory = Advisory(id: "CVE-1", summary: LocalizedText(ru: "x", en: "x"), exploited: true)
        var noRooms = Self.product(onPremises: true, advisories: [advisory])
        noRooms.capabilities["interop.sip"] = nil
        let inventories = [
            Self.inventory(
                users: 400, itStaff: 0, deadline: d("2027-03-10"),
                sites: [Site(name: "A", users: 300, roomSystems: 2), Site(name: "B", users: 100)],
                contractEnd: d("2027-03-12"),
                features: [
                    "breakout_rooms", "polls", "auth.ldap",
                    "integrations.moodle", "transcription",
                ],
                recordingsGB: 900, peak: 300, want: [Want(capability: "whiteboard", weight: 1)],
                start: d("2027-03-01")),
            Self.inventory(
                ownership: .municipal, deadline: d("2027-05-01"), contractEnd: d("2027-04-01"),
                recordingsGB: 10, start: d("2027-03-01")),
            Self.inventory(ownership: .stateCompany, start: d("2027-03-01")),
        ]
        var checklist: Set<String> = []
        var kinds: Set<String> = []
        var mitigations: Set<String> = []
        for inventory in inventories {
            for target in [Self.product(), noRooms, nil] as [Product?] {
                let plan = MigrationPlanner().plan(
                    inventory: inventory, catalog: Self.catalog, target: target,
                    runnerUp: nil, asOf: d("2027-03-01"))
                for phase in plan.phases {
                    for item in phase.checklist {
                        // A step that needs the old service may move to an earlier phase.
                        #expect(
                            PlanVocabulary.checklistIDs[phase.kind]?.contains(item.id) == true
                                || PlanVocabulary.oldServiceIDs.contains(item.id), "\(item.id)")
                        checklist.insert(item.id)
                    }
                }
                for risk in plan.risks {
                    #expect(PlanVocabulary.riskKinds.contains(risk.kind), "\(risk.kind)")
                    #expect(risk.id == risk.kind || risk.id.hasPrefix(risk.kind + "-"))
                    kinds.insert(risk.kind)
                    for mitigation in risk.mitigations {
                        #expect(PlanVocabulary.mitigationIDs.contains(mitigation), "\(mitigation)")
                        mitigations.insert(mitigation)
                    }
                }
            }
        }
        #expect(PlanVocabulary.riskKinds == PlanVocabulary.riskKinds.sorted())
        #expect(PlanVocabulary.mitigationIDs == PlanVocabulary.mitigationIDs.sorted())
        // The fixtures reach most of the vocabulary.
        #expect(kinds.count >= 10)
        #expect(checklist.count >= 35)
    }

    // MARK: Limits

    @Test func hugeInventoriesStayBoundedAndOrdered() {
        // 2 000 sites with 10 000 room systems each and no IT staff: waves are capped at
        // maxWaveDays, the plan ends long after year 9999 is out of reach of holidays, and
        // nothing traps.
        let sites = (0..<2000).map { Site(name: "S\($0)", users: 300, roomSystems: 10_000) }
        let inventory = Self.inventory(users: 600_000, itStaff: 0, sites: sites, start: d("2027-01-15"))
        let plan = MigrationPlanner().plan(
            inventory: inventory, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-01-15"))
        #expect(plan.waves.count == 4000)
        #expect(plan.waves.allSatisfy { $0.workingDays <= PlanningAssumptions.standard.maxWaveDays })
        #expect(plan.waves.first?.parameter("capped") == .bool(true))
        #expect(zip(plan.phases, plan.phases.dropFirst()).allSatisfy { $0.end < $1.start })
        #expect(plan.risk("staff-load")?.likelihood == .high)
    }
}
