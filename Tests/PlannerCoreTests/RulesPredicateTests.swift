import Testing

@testable import PlannerCore

/// Each predicate with examples that must be met, not met and unknown.
@Suite struct RulesPredicateTests {
    typealias F = AssessmentFixture
    let evaluator = PredicateEvaluator(
        asOf: AssessmentFixture.date("2026-11-29"), registers: AssessmentFixture.catalog.registers)
    let unconfirmed = Provenance(
        source: "https://example.test", asOf: AssessmentFixture.date("2026-01-01"), confidence: .unconfirmed)

    @Test func registryListedConfirmedIsMet() {
        let product = F.product("listed", registries: ["ru_software": true])
        #expect(evaluator.evaluate(.registry("ru_software"), for: product).outcome == .met)
    }

    @Test func registryKnownAbsenceIsNotMet() {
        let product = F.product("absent", registries: ["ru_software": false])
        #expect(evaluator.evaluate(.registry("ru_software"), for: product).outcome == .notMet)
    }

    @Test func aForeignVendorIsNeverInTheRussianRegister() {
        let product = F.product("foreign", country: "US")
        let finding = evaluator.evaluate(.registry("ru_software"), for: product)
        #expect(finding.outcome == .notMet)
        #expect(finding.reason.code == .registryAdmitsOnly)
        #expect(finding.reason.parameter("countries") == .list(["RU"]))
        #expect(finding.reason.parameter("vendorCountry") == .text("US"))
    }

    @Test func aRussianProductWithoutAnEntryIsUnknownInTheRegister() {
        #expect(evaluator.evaluate(.registry("ru_software"), for: F.product("no-entry")).outcome == .unknown)
    }

    @Test func anUnconfirmedEntryIsUnknown() {
        var product = F.product("believed")
        product.registries["ru_software"] = RegistryEntry(listed: true, provenance: unconfirmed)
        #expect(evaluator.evaluate(.registry("ru_software"), for: product).outcome == .unknown)
    }

    @Test func anEntryStartingAfterTheDateIsNotYetMet() {
        var product = F.product("later")
        product.registries["ru_software"] = RegistryEntry(
            listed: true, since: F.date("2027-01-01"),
            provenance: Provenance(source: "https://example.test"))
        #expect(evaluator.evaluate(.registry("ru_software"), for: product).outcome == .notMet)
    }

    @Test func aRussianProductIsNeverOnTheListOfForeignMessengers() {
        let finding = evaluator.evaluate(.notInRegistry("rkn_foreign_messengers"), for: F.product("domestic"))
        #expect(finding.outcome == .met)
        let listed = F.product("teams", country: "US", registries: ["rkn_foreign_messengers": true])
        #expect(evaluator.evaluate(.notInRegistry("rkn_foreign_messengers"), for: listed).outcome == .notMet)
        // The shipped list is closed (149-FZ, issue #10 point 3): a foreign product it does not
        // name is known not to be on it.
        let foreign = evaluator.evaluate(
            .notInRegistry("rkn_foreign_messengers"), for: F.product("foreign", country: "US"))
        #expect(foreign.outcome == .met)
        #expect(foreign.reason.code == .registryNotOnClosedList)
    }

    @Test func vendorCountryNeedsAConfirmedVendor() {
        #expect(evaluator.evaluate(.vendorCountry(["RU"]), for: F.product("ru")).outcome == .met)
        #expect(evaluator.evaluate(.vendorCountry(["RU"]), for: F.product("us", country: "US")).outcome == .notMet)
        var believed = F.product("believed")
        believed.vendor.provenance = unconfirmed
        #expect(evaluator.evaluate(.vendorCountry(["RU"]), for: believed).outcome == .unknown)
        // An unconfirmed vendor is not enough to rule a product out of the register either.
        believed.vendor.country = "US"
        #expect(evaluator.evaluate(.registry("ru_software"), for: believed).outcome == .unknown)
    }

    @Test func dataResidency() {
        let onPremises = F.product("server", capabilities: ["deployment.on_premises": .bool(true)])
        #expect(evaluator.evaluate(.dataResidency(["RU"]), for: onPremises).outcome == .met)
        #expect(
            evaluator.evaluate(.dataResidency(["RU"]), for: F.product("ru-cloud", residency: ["RU"])).outcome == .met)
        #expect(
            evaluator.evaluate(.dataResidency(["KZ"]), for: F.product("ru-cloud", residency: ["RU"])).outcome == .notMet
        )
        #expect(evaluator.evaluate(.dataResidency(["RU"]), for: F.product("silent")).outcome == .unknown)
        var maybeServer = F.product("maybe", residency: ["DE"])
        maybeServer.capabilities["deployment.on_premises"] = CapabilityFact(value: .bool(true), provenance: unconfirmed)
        #expect(evaluator.evaluate(.dataResidency(["RU"]), for: maybeServer).outcome == .unknown)
    }

    @Test func certificationIsMetOnlyByAValidConfirmedCertificate() {
        var product = F.product("certified")
        #expect(evaluator.evaluate(.certification("fstec"), for: product).outcome == .unknown)
        product.certifications = [
            Certification(
                kind: "fstec", number: "4321", until: F.date("2028-01-01"),
                provenance: Provenance(source: "https://fstec.example"))
        ]
        #expect(evaluator.evaluate(.certification("fstec"), for: product).outcome == .met)
        product.certifications[0].until = F.date("2026-01-01")
        #expect(evaluator.evaluate(.certification("fstec"), for: product).outcome == .unknown)
        product.certifications[0].until = nil
        product.certifications[0].provenance = unconfirmed
        #expect(evaluator.evaluate(.certification("fstec"), for: product).outcome == .unknown)
    }

    @Test func capabilityUnconfirmedIsUnknown() {
        var product = F.product("caps", capabilities: ["interop.sip": .bool(true), "interop.h323": .bool(false)])
        #expect(evaluator.evaluate(.capability("interop.sip"), for: product).outcome == .met)
        #expect(evaluator.evaluate(.capability("interop.h323"), for: product).outcome == .notMet)
        #expect(evaluator.evaluate(.capability("auth.ldap"), for: product).outcome == .unknown)
        product.capabilities["auth.ldap"] = CapabilityFact(value: .bool(true), provenance: unconfirmed)
        #expect(evaluator.evaluate(.capability("auth.ldap"), for: product).outcome == .unknown)
    }

    @Test func mustRequirementsAreStrict() {
        let product = F.product("limits", capabilities: ["meetings.max_participants": .number(199)])
        #expect(
            CapabilityKnowledge.meets(
                MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(200)), product
            )
            .outcome == .notMet)
        #expect(
            CapabilityKnowledge.meets(
                MustRequirement(capability: "meetings.max_participants", comparison: .atLeast(199)), product
            )
            .outcome == .met)
        #expect(
            CapabilityKnowledge.meets(
                MustRequirement(capability: "meetings.max_participants", comparison: .atMost(100)), product
            )
            .outcome == .notMet)
        #expect(
            CapabilityKnowledge.meets(
                MustRequirement(capability: "webinars.max_attendees", comparison: .atLeast(1)), product
            )
            .outcome == .unknown)
    }

    @Test func aFailedUnconfirmedRuleStaysUnknownAndNeverExcludes() throws {
        let rule = try #require(F.catalog.rules.first { $0.id == "RU-TRUSTED-SOFTWARE-2026" })
        #expect(rule.confidence == .unconfirmed)
        #expect(!rule.isEverBlocker)
        let checker = RuleChecker(
            organization: F.organization(ownership: .municipal), asOf: F.date("2026-11-29"),
            registers: F.catalog.registers)
        let check = try #require(checker.check(rule, F.product("foreign", country: "US")))
        #expect(check.outcome == .unknown)
        #expect(check.effect == .warning)
        #expect(check.finding.caveat == Reason(.ruleUnconfirmed))
    }

    @Test func aMissingMustCapabilityMakesTheProductConditionalAndAFalseOneExcludes() throws {
        let silent = F.product("silent-vc", capabilities: ["deployment.on_premises": .bool(true)])
        let lacking = F.product(
            "lacking-vc", capabilities: ["deployment.on_premises": .bool(true), "interop.sip": .bool(false)])
        let inventory = F.inventory(
            F.organization(), must: [MustRequirement(capability: "interop.sip", comparison: .isTrue)])
        let assessment = assess(inventory, against: F.catalog(adding: [silent, lacking]), asOf: F.date("2026-11-29"))
        let a = try #require(assessment.option("silent-vc"))
        let b = try #require(assessment.option("lacking-vc"))
        #expect(a.status == .conditional)
        #expect(a.conditions.map(\.rule) == ["REQUIREMENT"])
        #expect(a.conditions.first?.capability == "interop.sip")
        #expect(b.status == .excluded)
        #expect(b.blockers.map(\.rule) == ["REQUIREMENT"])
        #expect(a.rank != nil)
        #expect(b.rank == nil)
    }
}
