import Foundation
import Testing

@testable import PlannerCore

/// Properties of the honest ranking over random inventories against the shipped catalog: the
/// range holds the total, a tie is exactly two equal best totals, a clear verdict survives every
/// completion of the unknown facts tried, and no recommendation names a service in use. The
/// seed is fixed (`PLAN_HONEST_SEED` changes it) and the count bounded (`PLAN_HONEST_COUNT`).
@Suite struct HonestRankingPropertyTests {
    typealias F = AssessmentFixture
    static let asOf = F.date("2026-11-29")
    static var count: Int { ProcessInfo.processInfo.environment["PLAN_HONEST_COUNT"].flatMap(Int.init) ?? 120 }
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["PLAN_HONEST_SEED"].flatMap(UInt64.init) ?? 0x5EED_2026_1129
    }

    /// Capabilities an inventory may ask for or use (deployment is chosen separately).
    static let capabilities = [
        "screen_sharing", "recording.cloud", "whiteboard", "breakout_rooms", "polls", "waiting_room", "chat",
        "interop.sip", "interop.h323", "clients.browser", "clients.macos", "clients.ios", "integrations.moodle",
        "integrations.calendar", "transcription", "meetings.summaries", "webinars", "auth.ldap", "streaming",
    ]

    /// A random inventory: organization, one or two services in use, musts, wants, weights and quotes.
    static func inventory(_ random: inout SplitMix64, catalog: Catalog) -> Inventory {
        func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        let (sector, ownership): (Sector, Ownership) = pick([
            (.commercial, .private), (.education, .municipal), (.government, .federal), (.energy, .stateCompany),
            (.healthcare, .regional),
        ])
        let users = Int.random(in: 10...3000, using: &random)
        let organization = F.organization(
            sector: sector, ownership: ownership, personalData: chance(0.6), users: users,
            itStaff: Int.random(in: 0...6, using: &random),
            roomSystems: chance(0.5) ? Int.random(in: 1...8, using: &random) : 0)
        let inUse = pick([
            ["zoom"], ["zoom", "microsoft-teams"], ["microsoft-teams"], ["trueconf"], ["yandex-telemost"],
        ])
        let services = inUse.map { product in
            Service(
                product: product,
                annualCost: chance(0.7) ? Double(Int.random(in: 1...40, using: &random)) * 10_000 : nil,
                usage: Usage(
                    peakParticipants: chance(0.7) ? Int.random(in: 5...500, using: &random) : nil,
                    webinarAttendees: chance(0.3) ? Int.random(in: 50...2000, using: &random) : nil,
                    recordingsGB: chance(0.5) ? Double(Int.random(in: 0...200, using: &random)) : nil),
                featuresUsed: capabilities.filter { _ in chance(0.3) })
        }
        var must = capabilities.filter { _ in chance(0.12) }.map {
            MustRequirement(capability: $0, comparison: .isTrue)
        }
        if chance(0.3) {
            must.append(
                MustRequirement(capability: pick(["deployment.cloud", "deployment.on_premises"]), comparison: .isTrue))
        }
        if chance(0.3) {
            must.append(
                MustRequirement(
                    capability: "meetings.max_participants", comparison: .atLeast(Double(pick([50, 150, 300, 1000])))))
        }
        let want = capabilities.filter { _ in chance(0.25) }.map {
            Want(capability: $0, weight: Int.random(in: 1...5, using: &random))
        }
        let weights = Weights(
            fit: Double(Int.random(in: 0...10, using: &random)), cost: Double(Int.random(in: 0...10, using: &random)),
            effort: Double(Int.random(in: 0...10, using: &random)), risk: Double(Int.random(in: 1...10, using: &random))
        )
        let quoted = catalog.products.map(\.id).filter { _ in chance(0.25) }
        let quotes = quoted.map { product in
            Quote(
                product: product, annual: Double(Int.random(in: 1...60, using: &random)) * 10_000,
                oneTime: chance(0.5) ? Double(Int.random(in: 0...60, using: &random)) * 10_000 : nil,
                licences: chance(0.4)
                    ? LicenceQuantity(
                        metric: pick(LicenceQuantity.Metric.allCases),
                        quantity: Int.random(in: 5...1000, using: &random))
                    : nil)
        }
        return F.inventory(organization, services: services, must: must, want: want, weights: weights, quotes: quotes)
    }

    /// The shipped catalog's products in use, plus four made-up products whose capabilities
    /// are mostly known (each with probability `known`), so clear verdicts and ties occur.
    static func catalog(_ random: inout SplitMix64, known: Double, twins: Bool = false) -> Catalog {
        let sourced = Provenance(source: "https://example.test/made-up", asOf: asOf)
        var made = ["aa-known", "bb-known", "cc-known", "dd-known"].map { id -> Product in
            var product = F.product(id, registries: ["ru_software": true, "rkn_foreign_messengers": false])
            for capability in capabilities + ["deployment.cloud", "deployment.on_premises"]
            where Double.random(in: 0..<1, using: &random) < known {
                product.capabilities[capability] = CapabilityFact(
                    value: .bool(Bool.random(using: &random)), provenance: sourced)
            }
            product.capabilities["meetings.max_participants"] = CapabilityFact(
                value: .number(1000), provenance: sourced)
            product.dataResidency = DataResidency(countries: ["RU"], provenance: sourced)
            return product
        }
        if twins {
            // bb-known is aa-known under another id: with the same quote the two tie.
            made[1].capabilities = made[0].capabilities
        }
        let inUse = Set(["zoom", "microsoft-teams", "trueconf", "yandex-telemost"])
        return Catalog(
            capabilities: F.catalog.capabilities, products: F.catalog.products.filter { inUse.contains($0.id) } + made,
            rules: F.catalog.rules, fingerprint: "made-up")
    }

    @Test func rangesVerdictsAndRecommendationsAreHonest() throws {
        var random = SplitMix64(seed: Self.seed)
        var verdicts: [Recommendation.Verdict: Int] = [:]
        for iteration in 0..<Self.count {
            let madeUp = iteration % 2 == 1
            let catalog =
                madeUp
                ? Self.catalog(&random, known: iteration % 4 == 1 ? 1 : 0.85, twins: iteration % 8 == 1) : F.catalog
            var inventory = Self.inventory(&random, catalog: catalog)
            if madeUp && iteration % 8 == 1 {
                // Two identical made-up products with the same quote: a tie (unless a third
                // product ranks above them).
                inventory.quotes = [
                    Quote(product: "aa-known", annual: 100_000), Quote(product: "bb-known", annual: 100_000),
                ]
            }
            let assessment = assess(inventory, against: catalog, asOf: Self.asOf)
            let context = "inventory \(iteration), seed \(Self.seed)"
            for option in assessment.options where option.eligible {
                let total = option.scores.total
                #expect(
                    option.range.min <= total + 1e-9 && total <= option.range.max + 1e-9,
                    "\(option.product): \(context)")
                #expect(option.range.min >= -1e-9 && option.range.max <= 100 + 1e-9, "\(context)")
            }
            for recommendation in assessment.recommendations {
                verdicts[recommendation.verdict, default: 0] += 1
                let replacements = assessment.ranked(in: recommendation.category).filter { !$0.inUse }
                // Never a service in use; the stay is one, and the law allows it (eligible).
                if let product = recommendation.product {
                    #expect(assessment.option(product)?.inUse == false, "\(context)")
                    #expect(product == replacements.first?.product, "\(context)")
                } else {
                    #expect(replacements.isEmpty && recommendation.verdict == .none, "\(context)")
                }
                if let runnerUp = recommendation.runnerUp { #expect(assessment.option(runnerUp)?.inUse == false) }
                if let stay = recommendation.stay {
                    let option = try #require(assessment.option(stay))
                    #expect(option.inUse && option.status == .eligible, "\(context)")
                }
                // A tie exactly when the two best totals are equal at 0.1.
                let twoEqual =
                    replacements.count >= 2
                    && TotalScore.rounded(replacements[0].scores.total)
                        == TotalScore.rounded(replacements[1].scores.total)
                #expect((recommendation.verdict == .tie) == twoEqual, "\(context)")
                // A tie and an open verdict are never called robust.
                if recommendation.verdict == .tie || recommendation.verdict == .open {
                    #expect(assessment.robustness(in: recommendation.category)?.isRobust == false, "\(context)")
                }
                if recommendation.verdict == .clear {
                    #expect(recommendation.decidingUnknowns.isEmpty)
                    try Self.expectClearSurvivesCompletions(
                        inventory, assessment, recommendation, catalog: catalog, random: &random, context: context)
                } else if recommendation.verdict == .open {
                    #expect(!recommendation.decidingUnknowns.isEmpty || recommendation.contenders.isEmpty, "\(context)")
                }
            }
        }
        // The generator reaches every verdict but none; otherwise the properties test little.
        #expect((verdicts[.clear] ?? 0) > 0 && (verdicts[.open] ?? 0) > 0 && (verdicts[.tie] ?? 0) > 0, "\(verdicts)")
    }

    /// Decides the unknown capabilities of every ranked product at random (met or not,
    /// confirmed), several times, and checks that the first replacement stays first.
    static func expectClearSurvivesCompletions(
        _ inventory: Inventory, _ assessment: Assessment, _ recommendation: Recommendation, catalog: Catalog,
        random: inout SplitMix64, context: String
    ) throws {
        let ids = Set(
            inventory.requirements.want.map(\.capability) + inventory.requirements.must.map(\.capability)
                + inventory.services.flatMap(\.featuresUsed)
        ).filter { !$0.hasPrefix("deployment.") }.sorted()
        let ranked = assessment.ranked(in: recommendation.category).map(\.product)
        let sourced = Provenance(source: "https://example.test/completion", asOf: asOf)
        for _ in 0..<4 {
            var products: [Product] = []
            for id in ranked {
                guard var product = catalog.product(id) else { continue }
                for capability in ids where CapabilityKnowledge.has(capability, product).outcome == .unknown {
                    let met = Bool.random(using: &random)
                    let value: CapabilityValue =
                        capability == "meetings.max_participants" ? .number(met ? 100_000 : 0) : .bool(met)
                    product.capabilities[capability] = CapabilityFact(value: value, provenance: sourced)
                }
                products.append(product)
            }
            let ids = Set(products.map(\.id))
            let completedCatalog = Catalog(
                capabilities: catalog.capabilities,
                products: catalog.products.filter { !ids.contains($0.id) } + products,
                rules: catalog.rules, fingerprint: "completed")
            let completed = assess(inventory, against: completedCatalog, asOf: asOf)
            let first = completed.recommendation(in: recommendation.category)?.product
            #expect(first == recommendation.product, "clear verdict changed by a completion: \(context)")
        }
    }

    @Test func aQuoteAtTheMedianNeverDropsAProductBelowUnquotedOnes() throws {
        // Three known costs; TrueConf is unquoted, then quoted at the median known cost.
        let base = [
            Quote(product: "yandex-telemost", annual: 100_000), Quote(product: "kontur-talk", annual: 150_000),
            Quote(product: "sberjazz", annual: 300_000),
        ]
        let firm = F.organization(users: 100)
        let before = assess(F.inventory(firm, quotes: base), against: F.catalog, asOf: Self.asOf)
        for annual in [150_000.0, 149_000, 120_000, 100_000, 50_000] {
            let after = assess(
                F.inventory(firm, quotes: base + [Quote(product: "trueconf", annual: annual)]), against: F.catalog,
                asOf: Self.asOf)
            let trueconfBefore = try #require(before.option("trueconf"))
            let trueconfAfter = try #require(after.option("trueconf"))
            #expect(trueconfAfter.cost.isKnown && !trueconfBefore.cost.isKnown)
            // Its cost score is at least what the unknown price counted as, and every product
            // still without a price counts no more than it.
            #expect(trueconfAfter.scores.cost.used >= trueconfBefore.scores.cost.used - 1e-9, "annual \(annual)")
            for unpriced in after.options where unpriced.eligible && !unpriced.cost.isKnown {
                #expect(unpriced.scores.cost.used <= trueconfAfter.scores.cost.used + 1e-9, "annual \(annual)")
                let wasAbove = TotalScore.ranksBefore(
                    trueconfBefore.scores.total, "trueconf", before.option(unpriced.product)?.scores.total ?? 0,
                    unpriced.product)
                let isAbove = TotalScore.ranksBefore(
                    trueconfAfter.scores.total, "trueconf", unpriced.scores.total, unpriced.product)
                if wasAbove { #expect(isAbove, "trueconf fell below \(unpriced.product) at \(annual)") }
            }
        }
    }
}
