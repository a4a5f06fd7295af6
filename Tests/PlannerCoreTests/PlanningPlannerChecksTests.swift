import Testing

@testable import PlannerCore

/// The deadline and the old contract, and a plan without an eligible product.
extension PlanningPlannerTests {
    // MARK: Deadline and contract

    @Test func aMissedDeadlineIsReportedWithItsGap() throws {
        // Cut-over on Monday 29 March 2027; deadline Friday 19 March: 10 days, 6 working days late.
        let plan = Self.simple.plan(
            inventory: Self.inventory(deadline: d("2027-03-19"), start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let warning = try #require(plan.warnings.first { $0.kind == .deadlineMiss })
        #expect(warning.date == d("2027-03-19"))
        #expect(warning.cutOver == d("2027-03-29"))
        #expect(warning.gapDays == 10)
        #expect(warning.gapWorkingDays == 6)
        let risk = try #require(plan.risk("deadline-miss"))
        #expect(risk.likelihood == .high && risk.impact == .high)
        #expect(risk.parameter("gapDays") == .int(10))
        #expect(plan.risks.first?.exposure == 9)
    }

    @Test func aDeadlineAfterTheCutOverRaisesNoWarning() {
        let plan = Self.simple.plan(
            inventory: Self.inventory(deadline: d("2027-06-30"), start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(plan.warnings.isEmpty)
        #expect(plan.risk("deadline-miss") == nil)
        #expect(plan.risk("deadline-tight") == nil)
    }

    @Test func aContractEndingBeforeTheCutOverIsWarned() throws {
        let plan = Self.simple.plan(
            inventory: Self.inventory(contractEnd: d("2027-03-25"), start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        let warning = try #require(plan.warnings.first { $0.kind == .contractEnd })
        #expect(warning.service == "zoom")
        #expect(warning.gapDays == 4)
        #expect(plan.risk("contract-end-zoom")?.parameter("contractEnd") == .date(d("2027-03-25")))
        // Closing the account needs the service: it is due by the contract's end, in the phase
        // that runs then, not in decommissioning.
        #expect(plan.phase("decommissioning")?.checklist.contains { $0.id == "account-close" } == false)
        let close = try #require(plan.phases.flatMap(\.checklist).first { $0.id == "account-close" })
        #expect(close.due == d("2027-03-25"))
    }

    @Test func aRollbackFallsBackOnlyToServicesStillUnderContract() throws {
        // Pilot 8–12 March, cut-over 29 March 2027 (the small durations).
        let ended = Self.inventory(contractEnd: d("2027-03-10"), start: d("2027-03-01"))
        let early = Self.simple.plan(
            inventory: ended, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(
            early.rollback(ended.services)
                == RollbackFacts(fallback: [], ended: ["zoom"], pilotWithoutOldService: true))
        let running = Self.inventory(contractEnd: d("2027-12-31"), start: d("2027-03-01"))
        let late = Self.simple.plan(
            inventory: running, catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(
            late.rollback(running.services + running.services)
                == RollbackFacts(fallback: ["zoom"], ended: [], pilotWithoutOldService: false), "each product once")
    }

    @Test func aContractEndingDuringDecommissioningLimitsTheRecordingsExport() {
        let plan = Self.simple.plan(
            inventory: Self.inventory(
                contractEnd: d("2027-03-31"), recordingsGB: 80,
                start: d("2027-03-01")),
            catalog: Self.catalog, choice: Self.choose(Self.product()), asOf: d("2027-03-01"))
        #expect(plan.warnings.isEmpty)
        #expect(plan.risk("recordings-export-window-zoom") != nil)
        #expect(plan.risk("recordings-move")?.parameter("method") == .text("manual"))
        #expect(plan.facts.recordingsGB == 80)
    }

    // MARK: No target

    @Test func withoutAnEligibleProductThePlanCoversProcurementOnly() throws {
        let inventory = Self.inventory(
            ownership: .federal, deadline: d("2027-03-19"), contractEnd: d("2027-03-01"),
            features: ["breakout_rooms"], start: d("2027-03-01"))
        let plan = Self.simple.plan(
            inventory: inventory, catalog: Self.catalog, target: nil, runnerUp: nil,
            asOf: d("2027-03-01"))
        #expect(plan.status == .noEligibleProduct)
        #expect(plan.target == nil)
        #expect(plan.phases.map(\.id) == ["preparation"])
        #expect(plan.cutOver == nil)
        #expect(plan.end == d("2027-03-05"))
        #expect(plan.gaps.isEmpty && plan.verifyWithVendor.isEmpty && plan.warnings.isEmpty)
        #expect(plan.risks.map(\.id).contains("no-eligible-product"))
        let ids = try #require(plan.phase("preparation")).checklist.map(\.id)
        #expect(ids.contains("market-research") && ids.contains("procurement-exception"))
        #expect(plan.facts.deployment == nil)
    }
}
