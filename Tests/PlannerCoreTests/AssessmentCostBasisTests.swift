import Foundation
import Testing

@testable import PlannerCore

/// One cost basis per option, the first year against the budget, the licences a quote covers,
/// and a service in use the law lets the organization keep: against the shipped catalog and
/// the shipped examples.
@Suite struct AssessmentCostBasisTests {
    typealias F = AssessmentFixture
    static let asOf = F.date("2026-11-29")

    func example(_ name: String) throws -> Assessment {
        assess(try AssessmentRecommendationTests.example(name), against: F.catalog, asOf: Self.asOf)
    }

    @Test func aMustOnPremisesIsCostedWithServersEvenWhenTheCatalogCannotConfirmTheEdition() throws {
        let catalog = F.catalog(adding: [F.product("cloud-or-more", capabilities: ["deployment.cloud": .bool(true)])])
        let inventory = F.inventory(
            F.organization(personalData: false, users: 1500),
            must: [MustRequirement(capability: "deployment.on_premises", comparison: .isTrue)],
            quotes: [Quote(product: "cloud-or-more", annual: 500_000, oneTime: 1_000_000)])
        let option = try #require(assess(inventory, against: catalog, asOf: Self.asOf).option("cloud-or-more"))
        #expect(option.status == .conditional)
        #expect(option.deployment == .onPremises)
        #expect(option.cost.servers == 2)
        #expect(same(option.cost.threeYear, 1_600_000 + 3 * 700_000))
    }

    /// Equal amounts, to the cent.
    func same(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 0.01 } ?? false }

    @Test func aCloudRunGetsNoServersAndIsJudgedOnTheCloudsDataLocation() throws {
        let assessment = try example("private-firm.yaml")
        let kontur = try #require(assessment.option("kontur-talk"))
        #expect(kontur.deployment == .cloud)
        #expect(kontur.cost.servers == nil && kontur.cost.amount(of: .servers) == nil)
        #expect(same(kontur.cost.threeYear, 444_000))
        // Its on-premises edition does not meet the data-location rule for a cloud run.
        let residency = try #require(kontur.checks.first { $0.fact == "data_residency" })
        #expect(residency.outcome == .unknown)
    }

    @Test func anUnknownCloudDataLocationIsAFactWithACostSwing() throws {
        let assessment = try example("school-44fz.yaml")
        let kontur = try #require(assessment.option("kontur-talk"))
        #expect(kontur.deployment == .onPremises)
        #expect(same(kontur.cloudThreeYear, 396_000))
        let fact = try #require(kontur.unknownFacts.first { $0.fact == "data_residency" })
        #expect(fact.high > 0)
        // In the recommendation it also counts what a server-less Kontur.Talk does to the leader.
        let recommendation = try #require(assessment.primaryRecommendation)
        let deciding = try #require(
            recommendation.decidingUnknowns.first { $0.product == "kontur-talk" && $0.fact == "data_residency" })
        #expect(deciding.swing > fact.swing + 10)
    }

    @Test func aQuoteForServerConnectionsIsCostedOnPremises() throws {
        let assessment = try example("school-44fz.yaml")
        let trueconf = try #require(assessment.option("trueconf"))
        #expect(trueconf.deployment == .onPremises && trueconf.cloudThreeYear == nil)
        // The quote as entered, the assumed servers beside it.
        let licences = try #require(trueconf.cost.amount(of: .licences))
        #expect(licences.oneTime == 40_000 && licences.annual == 96_000)
        #expect(trueconf.cost.amount(of: .servers)?.oneTime == 300_000)
        #expect(same(trueconf.cost.firstYear, 536_000))
    }

    @Test func theFirstYearIsCheckedAgainstTheBudget() throws {
        let trueconf = try #require(try example("school-44fz.yaml").option("trueconf"))
        #expect(trueconf.budget == .within)  // 196 000 a year within 240 000
        #expect(trueconf.firstYearBudget == .over)  // 536 000 in the first year
    }

    @Test func licencesAreCheckedAgainstMeetingsRoomSystemsWebinarsAndUsers() throws {
        let school = try #require(try example("school-44fz.yaml").option("trueconf"))
        let meetings = try #require(school.licences.first { $0.need == .meetings })
        #expect(meetings.metric == .connections && meetings.licensed == 25)
        #expect(meetings.people == 150 && meetings.roomSystems == 2 && meetings.shortfall == 127)
        #expect(school.unknownFacts.contains { $0.fact == "licences" && $0.low < 0 })
        let university = try #require(try example("university-gis.yaml").option("trueconf"))
        let webinars = try #require(university.licences.first { $0.need == .webinars })
        #expect(webinars.licensed == 600 && webinars.needed == 1200 && webinars.shortfall == 600)
        #expect(university.licences.first { $0.need == .meetings }?.isShort == false)
        let users = LicenceCheck.checks(
            LicenceQuantity(metric: .namedUsers, quantity: 80),
            needs: LicenceNeeds(F.inventory(F.organization(users: 85))))
        #expect(users.map(\.need) == [.users] && users.first?.shortfall == 5)
    }

    /// A figure that leaves out licences the quote lacks, or the servers it runs on, says so.
    @Test func aCostThatLeavesOutLicencesOrServersSaysWhat() throws {
        let university = try #require(try example("university-gis.yaml").option("trueconf"))
        #expect(university.costOmissions == [.licences])  // 600 webinar listeners beyond the offer
        let kazakh = try #require(try example("kz-state-body.yaml").option("trueconf"))
        #expect(kazakh.costOmissions == [.servers])  // the server assumption is in RUB, the budget in KZT
        let firm = try example("private-firm.yaml")
        let recommended = try #require(firm.primaryRecommendation?.product.flatMap(firm.option))
        #expect(recommended.costOmissions.isEmpty)
        // An unknown cost understates nothing: the plan already says the price is unknown.
        let unknown = try #require(firm.options.first { !$0.cost.isKnown })
        #expect(unknown.costOmissions.isEmpty)
        // Licences short of a need count only for the quote they belong to.
        var short = university
        short.licences = short.licences.filter { !$0.isShort }
        #expect(short.costOmissions.isEmpty)
    }

    @Test func aServiceTheLawAllowsAndThatScoresHigherIsStayNeverTheRecommendation() throws {
        var inventory = try AssessmentRecommendationTests.example("private-firm.yaml")
        inventory.organization.personalData = false
        inventory.services[0].annualCost = 1_000
        let assessment = assess(inventory, against: F.catalog, asOf: Self.asOf)
        let recommendation = try #require(assessment.primaryRecommendation)
        #expect(assessment.option("zoom")?.status == .eligible)
        #expect(recommendation.stay == "zoom")
        #expect(recommendation.product != nil && recommendation.product != "zoom")
        #expect(recommendation.runnerUp != "zoom")
        let plan = MigrationPlanner().plan(inventory: inventory, catalog: F.catalog, assessment: assessment)
        #expect(plan.target?.id != "zoom" && plan.runnerUp?.id != "zoom")
    }

    @Test func twoIdenticalProductsTieAndTheTieIsNotRobust() throws {
        let twin = ["deployment.cloud": CapabilityValue.bool(true), "interop.sip": .bool(true)]
        let catalog = F.catalog(adding: [
            F.product("aa-twin", capabilities: twin), F.product("zz-twin", capabilities: twin),
        ])
        let inventory = F.inventory(
            F.organization(personalData: false), want: [Want(capability: "interop.sip", weight: 3)],
            weights: Weights(fit: 100, cost: 0, effort: 0, risk: 0),
            quotes: [Quote(product: "aa-twin", annual: 1), Quote(product: "zz-twin", annual: 1)])
        let assessment = assess(inventory, against: catalog, asOf: Self.asOf)
        let recommendation = try #require(assessment.primaryRecommendation)
        #expect(recommendation.product == "aa-twin")
        #expect(recommendation.verdict == .tie && recommendation.tiedWith.contains("zz-twin"))
        #expect(assessment.robustness(in: "videoconferencing")?.tie == true)
        #expect(assessment.robustness(in: "videoconferencing")?.isRobust == false)
        #expect(recommendation.strengths.isEmpty)
    }
}

/// The quote's licence fields (inventory revision 2).
@Suite struct InventoryQuoteLicenceTests {
    typealias S = InventoryTestSupport

    @Test func aQuoteMayStateOneLicenceMetric() throws {
        let text =
            S.minimal + """
                quotes:
                  trueconf:
                    annual: 96000
                    connections: 25

                """
        let inventory = try S.load(text).get()
        #expect(inventory.quote(for: "trueconf")?.licences == LicenceQuantity(metric: .connections, quantity: 25))
    }

    @Test func twoMetricsOrANonPositiveQuantityAreErrors() {
        let two = S.messages(
            S.minimal + """
                quotes:
                  trueconf:
                    annual: 96000
                    connections: 25
                    named_users: 100

                """)
        #expect(
            two.contains { $0.contains("give one licence metric, not connections and named_users") }, "\(two)")
        let zero = S.messages(
            S.minimal + """
                quotes:
                  trueconf:
                    annual: 96000
                    participants: 0

                """)
        #expect(zero.contains { $0.contains("error:") && $0.contains("participants") }, "\(zero)")
    }
}
