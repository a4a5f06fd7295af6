import Testing

@testable import PlannerCore

/// Properties every scoring rule must keep, checked on many inputs.
@Suite struct ScoringPropertyTests {
    typealias F = AssessmentFixture
    static let asOf = AssessmentFixture.date("2026-11-29")

    /// A private firm that uses Zoom; TrueConf and Kontur.Talk get quotes.
    func firm(trueconfAnnual: Double, trueconfOnce: Double = 0, weights: Weights = .standard) -> Inventory {
        F.inventory(
            F.organization(users: 150), weights: weights,
            quotes: [
                Quote(product: "trueconf", annual: trueconfAnnual, oneTime: trueconfOnce),
                Quote(product: "kontur-talk", annual: 200_000, oneTime: 50_000),
            ])
    }

    @Test func aCheaperQuoteNeverLowersTheCostScore() throws {
        let amounts: [Double] = [0, 1_000, 50_000, 120_000, 199_999, 200_000, 250_000, 400_000, 1_000_000, 9_000_000]
        var previous: Double?
        for annual in amounts {
            let assessment = assess(firm(trueconfAnnual: annual), against: F.catalog, asOf: Self.asOf)
            let option = try #require(assessment.option("trueconf"))
            let score = try #require(option.scores.cost.value)
            if let previous { #expect(score <= previous, "annual \(annual): \(score) > \(previous)") }
            previous = score
            #expect((0...100).contains(score))
        }
        // And the one-time part, the same.
        let cheap = assess(firm(trueconfAnnual: 100_000, trueconfOnce: 10_000), against: F.catalog, asOf: Self.asOf)
        let dear = assess(firm(trueconfAnnual: 100_000, trueconfOnce: 900_000), against: F.catalog, asOf: Self.asOf)
        #expect((cheap.option("trueconf")?.scores.cost.value ?? 0) >= (dear.option("trueconf")?.scores.cost.value ?? 0))
    }

    @Test func theCheapestKnownCostScores100AndOthersInProportion() throws {
        let assessment = assess(firm(trueconfAnnual: 100_000), against: F.catalog, asOf: Self.asOf)
        let trueconf = try #require(assessment.option("trueconf"))
        let kontur = try #require(assessment.option("kontur-talk"))
        let cheap = try #require(trueconf.cost.threeYear)
        let dear = try #require(kontur.cost.threeYear)
        let (low, high) = cheap <= dear ? (trueconf, kontur) : (kontur, trueconf)
        #expect(low.scores.cost.value == 100)
        #expect(abs((high.scores.cost.value ?? 0) - 100 * min(cheap, dear) / max(cheap, dear)) < 1e-9)
    }

    @Test func anUnknownCostIsNullAndCountsAsTheStandIn() throws {
        let assessment = assess(firm(trueconfAnnual: 100_000), against: F.catalog, asOf: Self.asOf)
        let unpriced = try #require(assessment.options.first { $0.eligible && !$0.cost.isKnown })
        #expect(unpriced.scores.cost.value == nil)
        let known = assessment.ranked(in: "videoconferencing").compactMap(\.scores.cost.value).sorted()
        #expect(!known.isEmpty)
        // The stand-in is the median of the known cost scores.
        let middle = known.count / 2
        let median = known.count % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2
        #expect(abs(unpriced.scores.cost.used - median) < 1e-9)
        #expect(unpriced.cost.threeYear == nil)
        #expect(unpriced.cost.basis == .unknown)
    }

    @Test func aPriceInAnotherCurrencyIsAnUnknownCost() {
        var product = F.product("dollar-vc", capabilities: ["deployment.cloud": .bool(true)])
        product.pricing = [
            PricingPlan(
                plan: "Pro", model: .perUserMonth, price: 13.33, currency: "USD",
                provenance: Provenance(source: "https://example.test"))
        ]
        let estimate = CostModel().estimate(for: product, inventory: F.inventory(F.organization()), onPremises: false)
        #expect(!estimate.isKnown)
        #expect(
            estimate.unknownReason
                == Reason(
                    .costOtherCurrency,
                    [PlanParameter("currencies", .list(["USD"])), PlanParameter("currency", .text("RUB"))]))
    }

    @Test func listPricesFollowTheirModelAndTheMinimum() {
        let inventory = F.inventory(F.organization(users: 10))
        func cost(_ model: PricingPlan.Model, _ price: Double, minimum: Int? = nil, once: Double = 0) -> Double? {
            var product = F.product("priced", capabilities: ["deployment.cloud": .bool(true)])
            product.pricing = [
                PricingPlan(
                    plan: "p", model: model, price: price, currency: "RUB", oneTime: once,
                    minimumUsers: minimum, provenance: Provenance(source: "https://example.test"))
            ]
            return CostModel().estimate(for: product, inventory: inventory, onPremises: false).threeYear
        }
        #expect(cost(.perUserYear, 1000) == 30_000)
        #expect(cost(.perUserYear, 1000, minimum: 20) == 60_000)
        #expect(cost(.perUserMonth, 100) == 36_000)
        #expect(cost(.perServer, 50_000, once: 10_000) == 160_000)
        #expect(cost(.free, 0) == 0)
    }

    @Test func onPremisesAddsTheStatedAssumptions() {
        let product = F.product("server-vc", capabilities: ["deployment.on_premises": .bool(true)])
        let inventory = F.inventory(
            F.organization(users: 1500),
            quotes: [Quote(product: "server-vc", annual: 100_000, oneTime: 0)])
        let estimate = CostModel().estimate(for: product, inventory: inventory, onPremises: true)
        let standard = OnPremisesAssumptions.standard
        #expect(estimate.oneTime == 2 * standard.serverOneTime)
        #expect(estimate.annual == 100_000 + 2 * standard.administrationAnnual)
        #expect(estimate.lines.filter(\.isAssumption).count == 2)
    }

    @Test func meetingOneMoreWantNeverLowersFit() {
        let wants = [
            Want(capability: "transcription", weight: 2), Want(capability: "breakout_rooms", weight: 5),
            Want(capability: "polls", weight: 1), Want(capability: "meetings.max_participants", weight: 3),
        ]
        let features = ["screen_sharing", "polls", "chat"]
        let ids = wants.map(\.capability)
        // Every subset of wants met, then each one more: fit never falls.
        for mask in 0..<(1 << ids.count) {
            var capabilities: [String: CapabilityValue] = [:]
            for (index, id) in ids.enumerated() where mask & (1 << index) != 0 {
                capabilities[id] = id.hasPrefix("meetings.") ? .number(100) : .bool(true)
            }
            let base = FitScore.score(
                wants: wants, featuresUsed: features, product: F.product("p", capabilities: capabilities),
                evidence: [])
            for (index, id) in ids.enumerated() where mask & (1 << index) == 0 {
                var more = capabilities
                more[id] = id.hasPrefix("meetings.") ? .number(100) : .bool(true)
                let next = FitScore.score(
                    wants: wants, featuresUsed: features, product: F.product("p", capabilities: more),
                    evidence: [])
                #expect((next.value ?? 0) > (base.value ?? 0), "meeting \(id) lowered fit")
            }
        }
    }

    @Test func fitMixesWantsAndFeaturesSixtyForty() {
        let product = F.product("p", capabilities: ["polls": .bool(true), "chat": .bool(true)])
        let both = FitScore.score(
            wants: [Want(capability: "polls", weight: 1), Want(capability: "transcription", weight: 1)],
            featuresUsed: ["chat", "whiteboard"], product: product, evidence: [])
        #expect(abs((both.value ?? 0) - (0.5 * 60 + 0.5 * 40)) < 1e-9)
        let wantsOnly = FitScore.score(
            wants: [Want(capability: "polls", weight: 3), Want(capability: "transcription", weight: 1)],
            featuresUsed: [], product: product, evidence: [])
        #expect(abs((wantsOnly.value ?? 0) - 75) < 1e-9)
        #expect(FitScore.score(wants: [], featuresUsed: [], product: product, evidence: []).value == 100)
        // A number want counts as met when known and above zero; unknown is not met.
        let limits = F.product("n", capabilities: ["meetings.max_participants": .number(0)])
        #expect(
            FitScore.score(
                wants: [Want(capability: "meetings.max_participants", weight: 1)], featuresUsed: [],
                product: limits, evidence: []
            ).value == 0)
    }

    @Test func weightsAllOnFitRankByFitAlone() throws {
        let inventory = F.inventory(
            F.organization(),
            want: [
                Want(capability: "breakout_rooms", weight: 3),
                Want(capability: "recording.cloud", weight: 2),
                Want(capability: "interop.sip", weight: 1),
            ],
            weights: Weights(fit: 100, cost: 0, effort: 0, risk: 0))
        let assessment = assess(inventory, against: F.catalog, asOf: Self.asOf)
        let ranked = assessment.ranked(in: "videoconferencing")
        #expect(ranked.count > 2)
        for option in ranked {
            #expect(abs(option.scores.total - option.scores.fit.used) < 1e-9)
        }
        for (a, b) in zip(ranked, ranked.dropFirst()) {
            let (fa, fb) = (TotalScore.rounded(a.scores.fit.used), TotalScore.rounded(b.scores.fit.used))
            // Eligible options rank before conditional ones; within a status, by fit alone.
            #expect(
                (a.status == .eligible && b.status == .conditional) || fa > fb
                    || (fa == fb && a.product < b.product), "\(a.product) before \(b.product)")
            #expect(!(a.status == .conditional && b.status == .eligible))
        }
    }

    @Test func tiesGoToTheSmallerProductID() throws {
        let twin = ["deployment.on_premises": CapabilityValue.bool(true), "interop.sip": .bool(true)]
        let catalog = F.catalog(adding: [
            F.product("zz-twin", capabilities: twin), F.product("aa-twin", capabilities: twin),
        ])
        let assessment = assess(F.inventory(F.organization()), against: catalog, asOf: Self.asOf)
        let a = try #require(assessment.option("aa-twin"))
        let z = try #require(assessment.option("zz-twin"))
        #expect(a.scores.total == z.scores.total)
        #expect((a.rank ?? 0) < (z.rank ?? 0))
        #expect(TotalScore.ranksBefore(50, "a", 50, "b"))
        #expect(!TotalScore.ranksBefore(50, "b", 50, "a"))
        #expect(TotalScore.ranksBefore(50.04, "b", 50.0, "a") == false)
        #expect(TotalScore.ranksBefore(50.05, "b", 50.0, "a"))
    }

    @Test func scoresStayBetween0And100AndTotalsAreWeightedSums() {
        let assessment = assess(
            firm(trueconfAnnual: 300_000, weights: Weights(fit: 3, cost: 1, effort: 1, risk: 5)),
            against: F.catalog, asOf: Self.asOf)
        #expect(abs(assessment.weights.sum - 100) < 1e-9)
        for option in assessment.options {
            for kind in ScoreKind.allCases {
                let score = option.scores[kind]
                #expect((0...100).contains(score.used), "\(option.product) \(kind)")
                if let value = score.value {
                    #expect(
                        abs(score.base + score.parts.reduce(0) { $0 + $1.points } - value) < 1e-9,
                        "\(option.product) \(kind): parts do not add up")
                }
            }
            let expected =
                ScoreKind.allCases.reduce(0) { $0 + option.scores[$1].used * $1.weight(in: assessment.weights) } / 100
            #expect(abs(option.scores.total - expected) < 1e-9)
        }
    }

    @Test func effortCountsWhatMoves() throws {
        let organization = F.organization(users: 100, itStaff: 2, roomSystems: 2)
        let services = [
            Service(product: "zoom", usage: Usage(recordingsGB: 40), featuresUsed: ["integrations.moodle", "polls"])
        ]
        let inventory = F.inventory(organization, services: services)
        let lacking = F.product(
            "bare-vc",
            capabilities: [
                "polls": .bool(false), "integrations.moodle": .bool(false),
                "interop.sip": .bool(false), "interop.h323": .bool(false),
            ])
        let assessment = assess(inventory, against: F.catalog(adding: [lacking]), asOf: Self.asOf)
        let bare = try #require(assessment.option("bare-vc"))
        let keys = Dictionary(uniqueKeysWithValues: bare.scores.effort.parts.map { ($0.key, $0.points) })
        #expect(keys["missing_feature:polls"] == -EffortScore.missingFeature)
        #expect(keys["integration:integrations.moodle"] == -EffortScore.integrationToRebuild)
        #expect(keys["room_systems"] == -2 * EffortScore.roomSystem)
        #expect(keys["recordings"] == -2)
        #expect(keys["it_load"] == -2.5)
        // Staying on the product in use moves nothing.
        let zoom = try #require(assessment.option("zoom"))
        #expect(zoom.scores.effort.value == 100)
    }

    @Test func riskCountsExploitedAdvisoriesWithoutExcluding() throws {
        let assessment = assess(F.inventory(F.organization()), against: F.catalog, asOf: Self.asOf)
        let trueconf = try #require(assessment.option("trueconf"))
        #expect(trueconf.scores.risk.parts.contains { $0.key == "advisory:CVE-2026-3502" })
        #expect(trueconf.status != .excluded)
        // Before the advisory was published it does not count.
        let earlier = assess(F.inventory(F.organization()), against: F.catalog, asOf: F.date("2026-01-15"))
        #expect(earlier.option("trueconf")?.scores.risk.parts.contains { $0.key == "advisory:CVE-2026-3502" } == false)
    }
}
