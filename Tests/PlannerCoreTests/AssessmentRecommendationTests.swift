import Foundation
import Testing

@testable import PlannerCore

/// The recommendation is decided once, in the assessment, and the planner follows it.
@Suite struct AssessmentRecommendationTests {
    typealias F = AssessmentFixture

    static func example(_ name: String) throws -> Inventory {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try InventoryLoader(catalog: F.catalog).load(
            contentsOf: root.appendingPathComponent("Examples/\(name)").path
        )
        .get()
    }

    /// The shipped catalog without its rules: Zoom is then excluded by its vendor's restriction alone.
    static let withoutRules = Catalog(
        capabilities: F.catalog.capabilities, products: F.catalog.products, rules: [],
        registers: F.catalog.registers, procurementRegimes: F.catalog.procurementRegimes,
        fallbackRegime: F.catalog.fallbackRegime, calendars: F.catalog.calendars, fingerprint: "test")

    /// A service barred from use (152-FZ's data location) cannot bridge a gap even on its free
    /// tier; one only barred from purchase (its vendor's refusal to sell) could.
    @Test("Services barred from use are told from services barred from purchase")
    func servicesBarredFromUse() throws {
        let school = PlanChoice(
            assessment: assess(try Self.example("school-44fz.yaml"), against: F.catalog, asOf: F.date("2026-11-29")),
            catalog: F.catalog)
        #expect(school.excludedServices == ["zoom"])
        #expect(school.useBarredServices == ["zoom"])
        // Without its rules, Zoom stays excluded by its vendor's restriction alone: a purchase
        // is barred, its free tier is not.
        let vendorOnly = Self.withoutRules
        let choice = PlanChoice(
            assessment: assess(try Self.example("school-44fz.yaml"), against: vendorOnly, asOf: F.date("2026-11-29")),
            catalog: vendorOnly)
        #expect(choice.excludedServices == ["zoom"])
        #expect(choice.useBarredServices.isEmpty)
    }

    /// A service a rule in force already bars from use gets a task, early in preparation, to
    /// decide how to work with it until the cut-over, saying which kind of rule bars it; a
    /// service only barred from purchase does not.
    @Test("A service barred from use gets a task for the time until the cut-over")
    func interimUseTask() throws {
        func tasks(_ file: String, _ catalog: Catalog) throws -> (items: [ChecklistItem], plan: MigrationPlan) {
            let inventory = try Self.example(file)
            let assessment = assess(inventory, against: catalog, asOf: F.date("2026-11-29"))
            let plan = MigrationPlanner.plan(inventory: inventory, catalog: catalog, assessment: assessment)
            return (plan.phases.flatMap(\.checklist).filter { $0.id == "interim-use" }, plan)
        }
        func flag(_ item: ChecklistItem?, _ name: String) -> PlanValue? {
            item?.parameters.first { $0.name == name }?.value
        }
        // The school's Zoom keeps personal data abroad (152-FZ): a data-location rule.
        let (school, plan) = try tasks("school-44fz.yaml", F.catalog)
        #expect(school.map(\.taskID) == ["interim-use:zoom"])
        #expect(flag(school.first, "dataLocation") == .bool(true))
        #expect(flag(school.first, "useBan") == .bool(false))
        let preparation = try #require(plan.phases.first { $0.kind == .preparation })
        #expect(preparation.checklist.map(\.id).prefix(2) == ["project-team", "interim-use"])
        // Due two weeks from the plan's date (Sunday 29.11.2026 → Friday 11.12.2026), not from
        // the project's start on 18.01.2027: the rule is broken every day Zoom runs.
        let due = try #require(school.first?.due)
        #expect(due == F.date("2026-12-11"))
        #expect(due < preparation.start)
        // The state company's Zoom also falls under the ban on foreign software on significant KII objects.
        let (company, _) = try tasks("state-company-kii.yaml", F.catalog)
        #expect(flag(company.first, "useBan") == .bool(true))
        // Without the rules, Zoom is barred from purchase only: no such task.
        let vendorOnly = Self.withoutRules
        #expect(try tasks("school-44fz.yaml", vendorOnly).items.isEmpty)
    }

    /// TrueConf's exploited advisories need no login, only the network: the fixed version comes
    /// before the server is installed and opened to other networks.
    @Test("On premises, the fixed version is installed before the server is opened")
    func securityUpdateBeforeInstall() throws {
        let inventory = try Self.example("state-company-kii.yaml")
        let assessment = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        let plan = MigrationPlanner.plan(inventory: inventory, catalog: F.catalog, assessment: assessment)
        let preparation = try #require(plan.phases.first { $0.kind == .preparation })
        let ids = preparation.checklist.map(\.id)
        let update = try #require(ids.firstIndex(of: "security-update"))
        let install = try #require(ids.firstIndex(of: "server-install"))
        #expect(update + 1 == install, "\(ids)")
        let exploited = preparation.checklist[install].parameters.first { $0.name == "exploited" }?.value
        #expect(exploited == .bool(true))
    }

    @Test(arguments: ["school-44fz.yaml", "state-company-kii.yaml", "kz-state-body.yaml", "university-gis.yaml"])
    func thePlanFollowsTheAssessmentsRecommendation(_ file: String) throws {
        let inventory = try Self.example(file)
        let assessment = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        let recommendation = try #require(assessment.primaryRecommendation)
        #expect(recommendation.category == "videoconferencing")
        let ranked = assessment.ranked(in: recommendation.category)
        #expect(recommendation.product == ranked.first?.product)
        #expect(recommendation.runnerUp == ranked.dropFirst().first?.product)
        let plan = MigrationPlanner.plan(inventory: inventory, catalog: F.catalog, assessment: assessment)
        #expect(plan.target?.id == recommendation.product)
        #expect(plan.runnerUp?.id == recommendation.runnerUp)
        // The plan runs each product the way the assessment costed it.
        #expect(plan.target?.deployment == assessment.option(recommendation.product ?? "")?.deployment)
        #expect(plan.runnerUp?.deployment == assessment.option(recommendation.runnerUp ?? "")?.deployment)
    }
}

/// Facts the assessment decides so that no renderer derives them: restrictions in force,
/// register standing, budget fit, what the procurement regime asks.
@Suite struct AssessmentFactsTests {
    typealias F = AssessmentFixture

    @Test func theSchoolExampleCarriesItsFacts() throws {
        let inventory = try AssessmentRecommendationTests.example("school-44fz.yaml")
        let assessment = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        let zoom = try #require(assessment.option("zoom"))
        #expect(zoom.restrictionsInForce.map(\.id) == ["zoom-public-sector-ru-cis-2021"])
        #expect(zoom.domesticRegister?.register == "ru_software")
        #expect(zoom.domesticRegister?.outcome == .notMet)
        #expect(!zoom.serviceEnded)
        let trueconf = try #require(assessment.option("trueconf"))
        #expect(trueconf.restrictionsInForce.isEmpty)
        #expect(trueconf.domesticRegister?.outcome == .met)
        // 96 000 + 100 000 administration a year against a budget of 240 000.
        #expect(trueconf.budget == .within)
        #expect(assessment.currentAnnualCost == 168_000)
        // 44-FZ asks for three offers; the school has two.
        #expect(assessment.procurement.regime?.id == "44-FZ")
        #expect(assessment.procurement.quotes == 2 && assessment.procurement.quotesMissing == 1)
        #expect(!assessment.procurement.approvalForForeignSoftware)
    }

    @Test func aSignificantKIIBuyerUnder223FZNeedsApprovalForForeignSoftware() throws {
        let company = F.organization(sector: .energy, ownership: .stateCompany, kii: .significant)
        let assessment = assess(F.inventory(company), against: F.catalog, asOf: F.date("2026-11-29"))
        #expect(assessment.procurement.regime?.id == "223-FZ")
        #expect(assessment.procurement.approvalForForeignSoftware)
        let firm = assess(F.inventory(F.organization()), against: F.catalog, asOf: F.date("2026-11-29"))
        #expect(!firm.procurement.regulated && firm.procurement.quotesMissing == 0)
    }

    @Test func strengthsAreTheScoresNoUnknownCanTakeAway() throws {
        let inventory = try AssessmentRecommendationTests.example("school-44fz.yaml")
        let assessment = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        let recommendation = try #require(assessment.primaryRecommendation)
        let first = try #require(recommendation.product.flatMap(assessment.option))
        let rivals = assessment.ranked(in: recommendation.category).filter { $0.product != first.product && !$0.inUse }
        for kind in ScoreKind.allCases {
            let best =
                first.scores[kind].value != nil
                && rivals.allSatisfy {
                    TotalScore.rounded($0.scores[kind].range.max) < TotalScore.rounded(first.scores[kind].range.min)
                }
            #expect(recommendation.strengths.contains(kind) == best, "\(kind)")
        }
        // Every other option's cost is unknown, so the recommended product is not "best on cost".
        #expect(!recommendation.strengths.contains(.cost))
        let second = try #require(recommendation.runnerUp.flatMap(assessment.option))
        #expect(recommendation.runnerUpLacks == second.lackedWants.filter { !first.unmetWants.contains($0) })
        #expect(recommendation.runnerUpUnconfirmed == second.unknownWants.filter { !first.unmetWants.contains($0) })
        #expect(Set(recommendation.runnerUpLacks).isDisjoint(with: second.unknownWants))
    }
}
