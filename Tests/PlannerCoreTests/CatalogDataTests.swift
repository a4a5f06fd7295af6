import Foundation
import Testing

@testable import PlannerCore

/// Registers, procurement regimes and calendars are catalog data: loaded, validated and
/// overlaid by the catalog loader like products and rules.
@Suite struct CatalogDataTests {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

    static func load(overlay: [(String, String)]) throws -> Catalog {
        let files = overlay.compactMap { path, text in
            CatalogFile.role(ofRelativePath: path).map {
                CatalogFile(role: $0, path: "mine/" + path, bytes: Array(text.utf8))
            }
        }
        #expect(files.count == overlay.count)
        return try CatalogLoader(asOf: asOf).load(layers: [CatalogFiles.shipped(), files]).get()
    }

    @Test func defaultRegimesFollowCountryAndOwnership() throws {
        let catalog = AssessmentFixture.catalog
        #expect(catalog.defaultRegime(country: "RU", ownership: .municipal) == "44-FZ")
        #expect(catalog.defaultRegime(country: "RU", ownership: .federal) == "44-FZ")
        #expect(catalog.defaultRegime(country: "RU", ownership: .stateCompany) == "223-FZ")
        #expect(catalog.defaultRegime(country: "RU", ownership: .private) == catalog.fallbackRegime)
        #expect(catalog.procurementRegime("44-FZ")?.regulated == true)
        #expect(catalog.procurementRegime(try #require(catalog.fallbackRegime))?.regulated == false)
        // The countries come from the regimes, in the catalog's order: `plan init` starts in the first.
        #expect(catalog.countries == ["RU", "KZ"])
    }

    @Test func anOverlayAddsARegimeThatInventoriesMayName() throws {
        let catalog = try Self.load(overlay: [
            (
                "procurement.yaml",
                """
                regimes:
                  - id: RU-OWN-RULES
                    key: own_rules
                    country: RU
                    name: {ru: "положение о закупках", en: "own procurement rules"}
                    regulated: true
                    procurement_days: 15
                    checklist: [procurement-direct]
                """
            )
        ])
        #expect(catalog.procurementRegime("RU-OWN-RULES")?.procurementDays == 15)
        #expect(catalog.procurementRegime("44-FZ") != nil)
        let text = InventoryTestSupport.minimal.replacingOccurrences(
            of: "ownership: municipal", with: "ownership: municipal\n  procurement: RU-OWN-RULES")
        let inventory = try InventoryLoader(catalog: catalog).load(Array(text.utf8), file: "inventory.yaml").get()
        #expect(inventory.organization.procurement == "RU-OWN-RULES")
        let typo = text.replacingOccurrences(of: "RU-OWN-RULES", with: "RU-OWN-RULE")
        let messages = InventoryLoader(catalog: catalog).load(Array(typo.utf8), file: "inventory.yaml")
            .failureDescriptions
        #expect(messages.contains { $0.contains("did you mean 'RU-OWN-RULES'") })
    }

    @Test func anOverlayCalendarReplacesTheShippedOneForPlans() throws {
        // A company-specific day off on Monday 1 March 2027 (not a public holiday).
        let base = try #require(AssessmentFixture.catalog.calendar(for: "RU"))
        let catalog = try Self.load(overlay: [
            (
                "calendars/ru.yaml",
                """
                country: RU
                holidays:
                  - id: company_day
                    name: {ru: "День компании", en: "Company day"}
                    dates: ["03-01"]
                    moves_if_weekend: false
                """
            )
        ])
        let calendar = try #require(catalog.calendar(for: "RU"))
        #expect(calendar != base)
        let march1 = CalendarDate(year: 2027, month: 3, day: 1)!
        #expect(!WorkingDays(calendar: calendar).isWorkingDay(march1))
        #expect(WorkingDays(calendar: base).isWorkingDay(march1))
    }

    @Test func aClosedListSettlesAbsenceForEveryProductNotOnIt() throws {
        let catalog = try Self.load(overlay: [
            (
                "registers.yaml",
                """
                registers:
                  - id: rkn_foreign_messengers
                    country: RU
                    name: {ru: "Перечень", en: "The list"}
                    vendors_not_from: [RU]
                    closed: {source: "https://rkn.example/list", as_of: 2023-05-05}
                """
            )
        ])
        let evaluator = PredicateEvaluator(asOf: Self.asOf, registers: catalog.registers)
        var foreign = AssessmentFixture.product("unlisted", country: "US")
        foreign.vendor.provenance = Provenance(source: "https://vendor.example", asOf: Self.asOf)
        let finding = evaluator.evaluate(.notInRegistry("rkn_foreign_messengers"), for: foreign)
        #expect(finding.outcome == .met)
        #expect(finding.reason.code == .registryNotOnClosedList)
        // Without `closed`, the same product is unknown.
        let open = PredicateEvaluator(
            asOf: Self.asOf,
            registers: [
                Register(
                    id: "rkn_foreign_messengers", country: "RU", name: LocalizedText(ru: "Перечень", en: "The list"),
                    vendorsNotFrom: ["RU"])
            ])
        #expect(open.evaluate(.notInRegistry("rkn_foreign_messengers"), for: foreign).outcome == .unknown)
    }
}

extension Result where Failure == DiagnosticsError {
    /// The diagnostics of a failure as text; empty on success.
    var failureDescriptions: [String] {
        if case .failure(let error) = self { return error.diagnostics.map(\.description) }
        return []
    }
}
