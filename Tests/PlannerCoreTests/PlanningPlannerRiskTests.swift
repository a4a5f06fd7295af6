import Testing

@testable import PlannerCore

/// Feature gaps, questions and the risk register.
extension PlanningPlannerTests {
    // MARK: Gaps, questions, risks

    @Test func featureGapsCarryTheCatalogsWorkaround() throws {
        let inventory = Self.inventory(
            features: ["breakout_rooms", "recording.cloud", "polls", "transcription"], peak: 150,
            want: [Want(capability: "breakout_rooms", weight: 5), Want(capability: "whiteboard", weight: 2)],
            start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(
            plan.gaps.map(\.capability) == ["breakout_rooms", "meetings.max_participants", "polls", "transcription"])
        #expect(plan.gaps.map(\.status) == [.missing, .missing, .toVerify, .toVerify])
        let breakout = plan.gaps[0]
        #expect(breakout.workaround?.ru == "обход breakout_rooms")
        #expect(breakout.services == ["zoom"])
        let limit = plan.gaps[1]
        #expect(limit.needed == 150 && limit.available == 100)
        let risk = try #require(plan.risk("gap-breakout_rooms"))
        #expect(risk.likelihood == .high && risk.impact == .high)
        #expect(risk.mitigations == ["apply-workaround", "ask-vendor-roadmap"])
        #expect(plan.risk("gap-transcription")?.likelihood == .low)
        #expect(plan.risk("gap-polls")?.likelihood == .medium)
        // Wants the catalog does not know: ask the vendor.
        #expect(plan.verifyWithVendor.map(\.capability) == ["whiteboard"])
        #expect(plan.verifyWithVendor.first?.knowledge == .unknown)
        #expect(
            plan.phase("pilot")?.checklist.first { $0.id == "pilot-verify" }?.parameter("capabilities")
                == .list(["polls", "transcription"]))
    }

    @Test func exploitedAdvisoriesAndOnPremisesRisks() throws {
        let advisory = Advisory(
            id: "CVE-2026-0001", summary: LocalizedText(ru: "x", en: "x"), cvss: 7.8, exploited: true)
        let plan = Self.simple.plan(
            inventory: Self.inventory(start: d("2027-03-01")), catalog: Self.catalog,
            choice: Self.choose(Self.product(onPremises: true, advisories: [advisory])), asOf: d("2027-03-01"))
        let risk = try #require(plan.risk("advisory-CVE-2026-0001"))
        #expect(risk.category == .security)
        #expect(
            risk.mitigations == [
                "ask-vendor-fixed-version", "install-fixed-version-before-pilot",
                "verify-update-path", "restrict-admin-access",
            ])
        #expect(plan.risk("on-premises-single-point")?.likelihood == .medium)
        #expect(plan.phase("preparation")?.checklist.contains { $0.id == "security-update" } == true)
    }

    @Test func roomSystemsAndStaffLoad() {
        var product = Self.product()
        product.capabilities["interop.sip"] = Self.fact(false)
        product.capabilities["interop.h323"] = Self.fact(false)
        let inventory = Self.inventory(
            users: 400, itStaff: 1, sites: [Site(name: "HQ", users: 400, roomSystems: 6)],
            start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, target: product, runnerUp: nil,
            asOf: d("2027-03-01"))
        #expect(plan.risk("room-systems-no-sip")?.likelihood == .high)
        #expect(plan.risk("room-systems-no-sip")?.impact == .high)
        #expect(plan.facts.targetConnectsRoomSystems == false)
        #expect(plan.facts.pilotCriteria.roomSystemsConnected == 0)
        #expect(plan.risk("staff-load")?.likelihood == .high)
        #expect(plan.risk("staff-load")?.parameter("usersPerITStaff") == .int(400))
    }

    @Test func risksAreOrderedByExposureThenID() {
        let inventory = Self.inventory(
            deadline: d("2027-03-10"), features: ["breakout_rooms", "polls"],
            start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let keys = plan.risks.map { (-$0.exposure, $0.id) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }
}
