import Foundation
import Testing

@testable import PlannerCore

/// Builders for assessment tests: the real shipped catalog, organizations and inventories in code.
enum AssessmentFixture {
    /// The shipped catalog, loaded once.
    static let catalog: Catalog = {
        switch CatalogLoader(asOf: date("2026-11-29")).load() {
        case .success(let catalog): return catalog
        case .failure(let error): fatalError("the shipped catalog does not load: \(error)")
        }
    }()

    static func date(_ text: String) -> CalendarDate {
        guard case .success(let date) = CalendarDate.parse(text) else { fatalError("bad date \(text)") }
        return date
    }

    static func organization(
        country: String = "RU", sector: Sector = .commercial, ownership: Ownership = .private,
        procurement: String? = nil, kii: KIIStatus = .none, personalData: Bool = true,
        users: Int = 100, itStaff: Int = 2, roomSystems: Int = 0
    ) -> Organization {
        Organization(
            name: "Test organization", id: "test-org", country: country, sector: sector, ownership: ownership,
            procurement: procurement ?? catalog.defaultRegime(country: country, ownership: ownership) ?? "",
            personalData: personalData, kii: kii, users: users, itStaff: itStaff,
            sites: roomSystems > 0 ? [Site(name: "Main", users: users, roomSystems: roomSystems)] : [])
    }

    static func inventory(
        _ organization: Organization, services: [Service] = [Service(product: "zoom")],
        must: [MustRequirement] = [], want: [Want] = [], weights: Weights = .standard,
        quotes: [Quote] = []
    ) -> Inventory {
        Inventory(
            file: "test.yaml", organization: organization, services: services,
            requirements: Requirements(must: must, want: want, weights: weights), quotes: quotes)
    }

    /// The shipped catalog with extra products (replacing same ids).
    static func catalog(adding products: [Product]) -> Catalog {
        let ids = Set(products.map(\.id))
        return Catalog(
            capabilities: catalog.capabilities, products: catalog.products.filter { !ids.contains($0.id) } + products,
            rules: catalog.rules, fingerprint: "test")
    }

    /// A synthetic videoconferencing product with confirmed facts.
    static func product(
        _ id: String, country: String = "RU", capabilities: [String: CapabilityValue] = [:],
        residency: [String]? = nil, registries: [String: Bool] = [:]
    ) -> Product {
        let sourced = Provenance(source: "https://example.test/\(id)", asOf: date("2026-01-01"))
        return Product(
            id: id, name: id.uppercased(), category: "videoconferencing",
            vendor: Vendor(name: id, country: country, provenance: sourced),
            registries: registries.mapValues { RegistryEntry(listed: $0, provenance: sourced) },
            dataResidency: residency.map { DataResidency(countries: $0, provenance: sourced) },
            capabilities: capabilities.mapValues { CapabilityFact(value: $0, provenance: sourced) })
    }
}

/// Dated legal cases against the real shipped catalog.
@Suite struct AssessmentLegalTests {
    typealias F = AssessmentFixture

    @Test func municipalSchoolUnder44FZCannotProcureZoom() throws {
        let school = F.organization(sector: .education, ownership: .municipal)
        #expect(school.procurement == "44-FZ")
        let assessment = assess(F.inventory(school), against: F.catalog, asOf: F.date("2026-11-29"))
        let zoom = try #require(assessment.option("zoom"))
        #expect(zoom.status == .excluded)
        #expect(zoom.rank == nil)
        // Since 2025 the ban is Decree 1875's, cited through 44-FZ art. 14 (Decree 1236's ban
        // paragraphs ended on 2024-12-31).
        let rules = zoom.blockers.map(\.rule)
        #expect(rules.contains("RU-1875-NATIONAL-REGIME"))
        #expect(!rules.contains("RU-1236-REGISTRY"))
        #expect(rules.contains("VENDOR-RESTRICTION"))
        let registry = try #require(zoom.blockers.first { $0.rule == "RU-1875-NATIONAL-REGIME" })
        #expect(registry.citation?.contains("№ 1875") == true)
        #expect(registry.citation?.contains("ст. 14") == true)
        #expect(registry.source == "https://www.consultant.ru/document/cons_doc_LAW_144624/")
        let in2024 = assess(F.inventory(school), against: F.catalog, asOf: F.date("2024-06-01"))
        let zoom2024 = try #require(in2024.option("zoom"))
        #expect(zoom2024.blockers.map(\.rule).contains("RU-1236-REGISTRY"))
        #expect(!zoom2024.blockers.map(\.rule).contains("RU-1875-NATIONAL-REGIME"))
        let restriction = try #require(zoom.blockers.first { $0.rule == "VENDOR-RESTRICTION" })
        #expect(restriction.source != nil)
        // Excluded products come after every ranked one.
        let firstExcluded = try #require(assessment.options.firstIndex { !$0.eligible })
        #expect(assessment.options[firstExcluded...].allSatisfy { !$0.eligible })
    }

    @Test func significantKIIOperatorIsJudgedDifferentlyBeforeAndAfter2025() throws {
        let operatorKII = F.organization(sector: .energy, ownership: .stateCompany, kii: .significant)
        #expect(operatorKII.procurement == "223-FZ")
        let before = assess(F.inventory(operatorKII), against: F.catalog, asOf: F.date("2024-06-01"))
        let after = assess(F.inventory(operatorKII), against: F.catalog, asOf: F.date("2026-01-01"))
        #expect(!before.rulesInForce.map(\.rule.id).contains("RU-KII-166"))
        #expect(after.rulesInForce.map(\.rule.id).contains("RU-KII-166"))
        #expect(after.rulesInForce.map(\.rule.id).contains("RU-KII-58FZ"))
        let zoomBefore = try #require(before.option("zoom"))
        let zoomAfter = try #require(after.option("zoom"))
        #expect(!zoomBefore.blockers.map(\.rule).contains("RU-KII-166"))
        #expect(zoomAfter.blockers.map(\.rule).contains("RU-KII-166"))
        // A Russian product without a register entry: nothing under 58-FZ in 2024; a warning in
        // 2026, because the Government's requirements are not yet in operation (never a blocker).
        let mtsBefore = try #require(before.option("mts-link"))
        let mtsAfter = try #require(after.option("mts-link"))
        #expect(!mtsBefore.checks.map(\.rule).contains("RU-KII-58FZ"))
        #expect(mtsAfter.warnings.map(\.rule).contains("RU-KII-58FZ"))
        #expect(!mtsAfter.conditions.map(\.rule).contains("RU-KII-58FZ"))
    }

    @Test func zoomsCISRestrictionReachesAKazakhStateBodyButRussianLawDoesNot() throws {
        let body = F.organization(country: "KZ", sector: .government, ownership: .regional)
        let assessment = assess(F.inventory(body), against: F.catalog, asOf: F.date("2026-11-29"))
        #expect(assessment.rulesInForce.allSatisfy { !$0.rule.id.hasPrefix("RU-") })
        #expect(assessment.rulesInForce.map(\.rule.id).contains("KZ-94V-LOCALIZATION"))
        let zoom = try #require(assessment.option("zoom"))
        #expect(zoom.status == .excluded)
        // Zoom keeps account data in the US (its own documentation): the Kazakh localisation rule
        // decides too, and no Russian rule is among the blockers.
        #expect(zoom.blockers.map(\.rule) == ["KZ-94V-LOCALIZATION", "VENDOR-RESTRICTION"])
        #expect(zoom.blockers.last?.requirement == "zoom-public-sector-ru-cis-2021")
    }

    @Test func aRuleAboutLessonsGovernsASchoolHoldingOnlyLessons() throws {
        var school = F.organization(sector: .education, ownership: .municipal)
        school.institution = .school
        let date = F.date("2026-11-29")
        let lessonsOnly = assess(
            F.inventory(school, services: [Service(product: "zoom", purposes: [.lessons])]), against: F.catalog,
            asOf: date)
        let rule = try #require(lessonsOnly.rulesInForce.first { $0.rule.id == "RU-273FZ-EDU-PLATFORMS" })
        #expect(rule.governsEveryPurpose)
        let mixed = assess(
            F.inventory(school, services: [Service(product: "zoom", purposes: [.lessons, .staffMeetings])]),
            against: F.catalog, asOf: date)
        let limited = try #require(mixed.rulesInForce.first { $0.rule.id == "RU-273FZ-EDU-PLATFORMS" })
        #expect(!limited.governsEveryPurpose, "staff meetings may use the product: the rule limits it")
        #expect(mixed.rulesInForce.allSatisfy { !$0.governsEveryPurpose })
    }

    @Test func aPrivateFirmIsBoundByNoProcurementRule() throws {
        let firm = F.organization()
        #expect(firm.procurement == "none")
        let assessment = assess(F.inventory(firm), against: F.catalog, asOf: F.date("2026-11-29"))
        let procurementRules = F.catalog.rules.filter { rule in rule.when.contains { $0.procurement != nil } }
        #expect(!procurementRules.isEmpty)
        for rule in procurementRules {
            #expect(!assessment.rulesInForce.map(\.rule.id).contains(rule.id), "\(rule.id) applies to a private firm")
        }
        let zoom = try #require(assessment.option("zoom"))
        #expect(!zoom.checks.contains { $0.rule == "RU-1236-REGISTRY" })
        #expect(!zoom.blockers.contains { $0.rule == "VENDOR-RESTRICTION" })
    }

    @Test func personalDataLocalizationIsAWarningUntilJuneAndABlockerFromJuly2025() throws {
        let abroad = F.product("cloud-abroad", capabilities: ["deployment.cloud": .bool(true)], residency: ["DE"])
        let catalog = F.catalog(adding: [abroad])
        let firm = F.inventory(F.organization())
        let june = assess(firm, against: catalog, asOf: F.date("2025-06-30"))
        let july = assess(firm, against: catalog, asOf: F.date("2025-07-01"))
        #expect(june.rulesInForce.first { $0.rule.id == "RU-152FZ-LOCALIZATION" }?.severity == .warning)
        #expect(july.rulesInForce.first { $0.rule.id == "RU-152FZ-LOCALIZATION" }?.severity == .blocker)
        let before = try #require(june.option("cloud-abroad"))
        let after = try #require(july.option("cloud-abroad"))
        #expect(before.status != .excluded)
        #expect(before.warnings.map(\.rule) == ["RU-152FZ-LOCALIZATION"])
        #expect(after.status == .excluded)
        #expect(after.blockers.map(\.rule) == ["RU-152FZ-LOCALIZATION"])
        // An on-premises product meets the rule on both dates.
        let trueconf = try #require(july.option("trueconf"))
        #expect(trueconf.checks.first { $0.rule == "RU-152FZ-LOCALIZATION" }?.outcome == .met)
    }

    @Test func theExampleSchoolFromItsYAMLFileExcludesZoom() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("Examples/school-44fz.yaml").path
        try #require(FileManager.default.fileExists(atPath: path))
        let inventory = try InventoryLoader(catalog: F.catalog).load(contentsOf: path).get()
        let assessment = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        #expect(assessment.option("zoom")?.status == .excluded)
        #expect(assessment.recommended(in: "videoconferencing") != nil)
        // Deterministic: the same inputs give the same options, ranks and totals.
        let again = assess(inventory, against: F.catalog, asOf: F.date("2026-11-29"))
        #expect(
            again.options.map { "\($0.product) \($0.rank ?? 0) \($0.scores.total)" }
                == assessment.options.map { "\($0.product) \($0.rank ?? 0) \($0.scores.total)" })
    }
}
