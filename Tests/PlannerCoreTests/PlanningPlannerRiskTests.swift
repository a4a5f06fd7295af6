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
                "verify-update-path", "restrict-network-until-fixed", "restrict-admin-access",
            ])
        #expect(plan.risk("on-premises-single-point")?.likelihood == .medium)
        #expect(plan.risk("on-premises-single-point")?.mitigations.first == "restrict-network-until-fixed")
        // Without an exploited advisory there is nothing to wait for: no "until it is fixed".
        let clean = Self.simple.plan(
            inventory: Self.inventory(start: d("2027-03-01")), catalog: Self.catalog,
            choice: Self.choose(Self.product(onPremises: true)), asOf: d("2027-03-01"))
        #expect(clean.risk("on-premises-single-point")?.mitigations.contains("restrict-network-until-fixed") == false)
        #expect(plan.phase("preparation")?.checklist.contains { $0.id == "security-update" } == true)
    }

    @Test func theMostSevereAdvisoryLeadsAndEachFixLineIsNamedOnce() throws {
        func advisory(_ id: String, _ cvss: Double, _ fixedIn: String?) -> Advisory {
            Advisory(
                id: id, summary: LocalizedText(ru: "x", en: "x"), cvss: cvss, exploited: true, fixedIn: fixedIn)
        }
        let advisories = [
            advisory("CVE-2026-0001", 7.8, "8.5"), advisory("CVE-2026-0002", 9.8, "5.5.5"),
            advisory("CVE-2026-0003", 9.0, "5.5.5"), advisory("CVE-2026-0004", 8.1, nil),
        ]
        let plan = Self.simple.plan(
            inventory: Self.inventory(start: d("2027-03-01")), catalog: Self.catalog,
            choice: Self.choose(Self.product(onPremises: true, advisories: advisories)), asOf: d("2027-03-01"))
        // Equal exposure (high × high): the higher CVSS first, whatever the ids' order.
        let order = plan.risks.map(\.id).filter { $0.hasPrefix("advisory-") }
        #expect(
            order == [
                "advisory-CVE-2026-0002", "advisory-CVE-2026-0003", "advisory-CVE-2026-0004", "advisory-CVE-2026-0001",
            ])
        #expect(plan.risks.first?.id == "advisory-CVE-2026-0002")
        let update = try #require(plan.phase("preparation")?.checklist.first { $0.id == "security-update" })
        #expect(update.parameter("fixedIn") == .list(["8.5", "5.5.5"]))
        #expect(update.parameter("fixUnknown") == .bool(true))
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
