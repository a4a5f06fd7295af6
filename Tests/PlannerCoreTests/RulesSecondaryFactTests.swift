import Testing

@testable import PlannerCore

/// A finding says when the fact it rests on comes only from a secondary source, and an option
/// names the blockers that admit it on such a fact: a plan must say "secondary source" there.
@Suite struct RulesSecondaryFactTests {
    typealias F = AssessmentFixture
    let evaluator = PredicateEvaluator(
        asOf: AssessmentFixture.date("2026-11-29"), registers: AssessmentFixture.catalog.registers)
    static let relay = Provenance(
        source: "https://relay.example", asOf: AssessmentFixture.date("2026-01-01"), confidence: .secondary)

    /// The product with every fact relayed by a third party.
    static func relayed(_ product: Product) -> Product {
        var relayed = product
        relayed.vendor.provenance = relay
        relayed.registries = product.registries.mapValues { entry in
            var entry = entry
            entry.provenance = relay
            return entry
        }
        relayed.dataResidency?.provenance = relay
        relayed.capabilities = product.capabilities.mapValues { fact in
            var fact = fact
            fact.provenance = relay
            return fact
        }
        for index in relayed.certifications.indices { relayed.certifications[index].provenance = relay }
        return relayed
    }

    @Test func aFindingOnARelayedFactIsSecondaryWhetherMetOrNot() {
        var certified = F.product("certified")
        certified.certifications = [
            Certification(kind: "fstec", until: F.date("2028-01-01"), provenance: Provenance(source: "https://x"))
        ]
        let cases: [(Predicate, Product, Outcome)] = [
            (.registry("ru_software"), F.product("listed", registries: ["ru_software": true]), .met),
            (.registry("ru_software"), F.product("absent", registries: ["ru_software": false]), .notMet),
            (.registry("ru_software"), F.product("foreign", country: "US"), .notMet),
            (
                .notInRegistry("rkn_foreign_messengers"),
                F.product("off-list", country: "US", registries: ["rkn_foreign_messengers": false]), .met
            ),
            (.vendorCountry(["RU"]), F.product("ru"), .met),
            (.vendorCountry(["RU"]), F.product("us", country: "US"), .notMet),
            (.dataResidency(["RU"]), F.product("server", capabilities: ["deployment.on_premises": .bool(true)]), .met),
            (.dataResidency(["RU"]), F.product("ru-cloud", residency: ["RU"]), .met),
            (.dataResidency(["KZ"]), F.product("ru-cloud", residency: ["RU"]), .notMet),
            (.certification("fstec"), certified, .met),
            (.capability("interop.sip"), F.product("sip", capabilities: ["interop.sip": .bool(true)]), .met),
            (.capability("interop.sip"), F.product("no-sip", capabilities: ["interop.sip": .bool(false)]), .notMet),
        ]
        for (predicate, product, outcome) in cases {
            let confirmed = evaluator.evaluate(predicate, for: product)
            #expect(confirmed.outcome == outcome && !confirmed.secondary, "\(predicate) \(product.id)")
            let relayed = evaluator.evaluate(predicate, for: Self.relayed(product))
            #expect(relayed.outcome == outcome && relayed.secondary, "\(predicate) \(product.id), relayed")
        }
        // What the catalog does not know rests on no fact: never marked.
        #expect(!evaluator.evaluate(.registry("ru_software"), for: Self.relayed(F.product("silent"))).secondary)
    }

    @Test func aMustOnARelayedFigureIsSecondary() {
        let product = F.product("limits", capabilities: ["meetings.max_participants": .number(300)])
        let must = MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(200))
        #expect(!CapabilityKnowledge.meets(must, product).secondary)
        let relayed = CapabilityKnowledge.meets(must, Self.relayed(product))
        #expect(relayed.outcome == .met && relayed.secondary)
    }

    /// The school's TrueConf Server is admitted on a register entry (eadaily.com, 2022) and an
    /// absence from the messengers list (alrud.com) that only third parties relay; the Kazakh
    /// state body's on its own servers, which the vendor's documentation confirms.
    @Test func anOptionNamesTheBlockersItIsAdmittedOnBySecondaryFacts() throws {
        let school = assess(
            try AssessmentRecommendationTests.example("school-44fz.yaml"), against: F.catalog,
            asOf: F.date("2026-11-29"))
        let trueconf = try #require(school.option("trueconf"))
        #expect(trueconf.secondaryGrounds.map(\.rule).sorted() == ["RU-149FZ-MESSENGERS", "RU-1875-NATIONAL-REGIME"])
        // A blocker not met, or a warning, admits nothing.
        #expect(trueconf.secondaryGrounds.allSatisfy { $0.severity == .blocker && $0.outcome == .met })
        let kazakh = assess(
            try AssessmentRecommendationTests.example("kz-state-body.yaml"), against: F.catalog,
            asOf: F.date("2026-11-29"))
        #expect(try #require(kazakh.option("trueconf")).secondaryGrounds.isEmpty)
    }
}
