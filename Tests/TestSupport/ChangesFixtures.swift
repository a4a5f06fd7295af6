import Foundation
import PlannerCore
import PlannerRender

/// Inputs for plans with "Changes since the last plan": the shipped catalog with one rule
/// added that comes into force on 2027-01-01 (between the two as-of dates of the tests) and
/// bars every product of the Russian software register for 44-FZ buyers, so that the school's
/// recommendation changes; and the school's inventory with its TrueConf quote changed.
public enum ChangesFixtures {
    /// The as-of dates of the last plan and of the new one.
    public static let firstDate = CalendarDate(year: 2026, month: 11, day: 29)!
    public static let laterDate = CalendarDate(year: 2027, month: 2, day: 1)!

    /// A user catalog layer: a blocker in force from 2027-01-01.
    public static let ruleYAML = """
        rules:
          - id: TEST-REGISTER-BAN
            title:
              ru: "Тестовая норма: запрет продуктов из реестра"
              en: "Test rule: products of the register are barred"
            citation:
              title: "Тестовый акт № 1"
            sources:
              - "https://example.org/test-act"
            effective_from: 2027-01-01
            when:
              country: [RU]
              procurement: [44-FZ]
            require:
              not_in_registry: ru_software
            severity: blocker
        """

    /// The shipped catalog with the rule above, under a relative path so that the catalog's
    /// fingerprint (shown in every plan) does not depend on where the package is.
    public static let catalog: Catalog = {
        let layer = [CatalogFile(role: .rules, path: "test-catalog/rules/test.yaml", bytes: Array(ruleYAML.utf8))]
        switch CatalogLoader(asOf: firstDate).load(layers: [CatalogFiles.shipped(), layer]) {
        case .success(let catalog): return catalog
        case .failure(let error): fatalError("the test catalog does not load:\n\(error)")
        }
    }()

    /// A generator over `catalog` as of a date, both languages.
    public static func generator(asOf: CalendarDate) -> PlanGenerator {
        switch PlanGenerator.load(catalog: catalog, asOf: asOf, languages: Language.allCases) {
        case .success(let generator): return generator
        case .failure(let error): fatalError("the shipped templates do not load:\n\(error)")
        }
    }

    /// `Examples/school-44fz.yaml` with TrueConf's yearly quote set to `trueconfQuote`.
    public static func schoolInventory(trueconfQuote: Int = 96000) throws -> String {
        let url = PackagePaths.root.appendingPathComponent("Examples/school-44fz.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains("    annual: 96000\n") else { throw TestFailure("the example's TrueConf quote moved") }
        return text.replacingOccurrences(of: "    annual: 96000\n", with: "    annual: \(trueconfQuote)\n")
    }

    /// The text of the section "Changes since the last plan" (Russian or English), or nil.
    public static func section(of plan: String) -> String? {
        let headings = ["## Что изменилось с прошлого плана", "## Changes since the last plan"]
        guard let heading = headings.first(where: { plan.contains($0 + "\n") }),
            let start = plan.range(of: heading + "\n")
        else { return nil }
        let rest = plan[start.lowerBound...]
        let end = rest.dropFirst(3).range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    // MARK: - A diff with every kind of change

    /// Two runs that differ in every way a diff reports: a rule that came into force, one that
    /// changed severity and one that left; a product excluded, one admitted, one new, one gone;
    /// changed blockers, ranks, scores, a cost and facts of every kind; a new leader in two
    /// categories. For the view-model tests: every ChangesView type has an instance.
    public static func everyKindOfChange() -> RunDiff {
        func run(_ date: CalendarDate, _ inventory: String, products: [ProductRecord], rules: [RuleRecord]) -> RunRecord
        {
            RunRecord(
                organizationID: "vologda-school-44", organizationName: "School", inventoryFingerprint: inventory,
                catalogFingerprint: "catalog", asOf: date, toolVersion: "0.1.0", command: .generate,
                products: products, rules: rules)
        }
        let video = "videoconferencing"
        let register = PlanParameter("register", .text("ru_software"))
        let capability = { (id: String) in PlanParameter("capability", .text(id)) }
        let older = run(
            firstDate, "a",
            products: [
                ProductRecord(
                    productID: "trueconf", name: "TrueConf Server", category: video, status: .eligible, rank: 1,
                    fit: 22.9, cost: 100, effort: 60, risk: 69, total: 59.6, threeYearCost: 928_000, currency: "RUB",
                    facts: [
                        FactRecord(.costAnnual, .money(196_000, currency: "RUB")),
                        FactRecord(.costOneTime, .money(40_000, currency: "RUB")),
                        FactRecord(.costBasis, .basis(.quote)),
                        FactRecord(.price("Server"), .price(1000, currency: "RUB", model: .perUserYear)),
                        FactRecord(.capability("transcription"), .flag(false)),
                        FactRecord(.capability("meetings.max_participants"), .number(1600)),
                        FactRecord(.registry("ru_software"), .listed(number: "123")),
                        FactRecord(.certification("fstec"), .certificate(number: nil)),
                        FactRecord(.vendorCountry, .country("RU")),
                        FactRecord(.other("something.else"), .text("old"), confidence: nil),
                    ]),
                ProductRecord(
                    productID: "kontur-talk", name: "Контур.Толк", category: video, status: .conditional, rank: 2,
                    total: 56.9),
                ProductRecord(
                    productID: "zoom", name: "Zoom", category: video, status: .excluded,
                    blockers: [
                        BlockerRecord(rule: "RU-1236-REGISTRY", reason: Reason(.registryNotListed, [register])),
                        BlockerRecord(rule: "VENDOR-RESTRICTION", reason: nil, recordedMessage: "no sales"),
                    ]),
                ProductRecord(
                    productID: "sberjazz", name: "SberJazz", category: video, status: .excluded,
                    blockers: [
                        BlockerRecord(
                            rule: "REQUIREMENT", reason: Reason(.capabilityAbsent, [capability("interop.sip")]))
                    ]),
                ProductRecord(productID: "gone", name: "Gone", category: video, status: .eligible, rank: 3),
                ProductRecord(productID: "express", name: "eXpress", category: "messaging", status: .eligible, rank: 1),
            ],
            rules: [
                RuleRecord(ruleID: "RU-152FZ-LOCALIZATION", severity: .warning, title: title("Localization")),
                RuleRecord(ruleID: "OLD-RULE", severity: .warning, title: title("An old rule")),
            ])
        let newer = run(
            laterDate, "b",
            products: [
                ProductRecord(
                    productID: "kontur-talk", name: "Контур.Толк", category: video, status: .eligible, rank: 1,
                    total: 57.5),
                ProductRecord(
                    productID: "sberjazz", name: "SberJazz", category: video, status: .conditional, rank: 2),
                ProductRecord(productID: "newbie", name: "Newbie", category: video, status: .conditional, rank: 3),
                ProductRecord(
                    productID: "trueconf", name: "TrueConf Server", category: video, status: .excluded,
                    fit: 22.9, cost: 90, effort: 60, risk: 69, threeYearCost: 1_090_000, currency: "RUB",
                    blockers: [BlockerRecord(rule: "TEST-REGISTER-BAN", reason: Reason(.registryListed, [register]))],
                    facts: [
                        FactRecord(.costAnnual, .money(250_000, currency: "RUB")),
                        FactRecord(.costBasis, .basis(.catalog)),
                        FactRecord(.price("Server"), .price(1200, currency: "RUB", model: .perUserYear)),
                        FactRecord(.capability("transcription"), .flag(true), confidence: .unconfirmed),
                        FactRecord(.capability("meetings.max_participants"), .number(2000)),
                        FactRecord(.registry("ru_software"), .notListed),
                        FactRecord(.certification("fstec"), .certificate(number: "№ 4321")),
                        FactRecord(.vendorCountry, .country("RU")),
                        FactRecord(.dataResidency, .countries(["RU"])),
                        FactRecord(.other("something.else"), .text("new | <b>"), confidence: nil),
                    ]),
                ProductRecord(
                    productID: "zoom", name: "Zoom", category: video, status: .excluded,
                    blockers: [
                        BlockerRecord(rule: "RU-1236-REGISTRY", reason: Reason(.registryNotListed, [register])),
                        BlockerRecord(
                            rule: "REQUIREMENT", reason: Reason(.capabilityAbsent, [capability("clients.browser")])),
                    ]),
                ProductRecord(productID: "express", name: "eXpress", category: "messaging", status: .eligible, rank: 2),
                ProductRecord(productID: "dion", name: "DION", category: "messaging", status: .eligible, rank: 1),
            ],
            rules: [
                RuleRecord(ruleID: "RU-152FZ-LOCALIZATION", severity: .blocker, title: title("Localization")),
                RuleRecord(ruleID: "TEST-REGISTER-BAN", severity: .blocker, title: title("Test rule")),
            ])
        return RunDiff(from: older, to: newer)
    }
}

/// A rule title that is the same in both languages (a test's own).
public func title(_ text: String) -> LocalizedText { LocalizedText(ru: text, en: text) }
