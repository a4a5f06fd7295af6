import PlannerCore
import Testing

@Suite("Inventory: the plan init template")
struct InventoryTemplateTests {
    typealias Support = InventoryTestSupport

    static let combinations: [(Language, Sector, Ownership)] = Language.allCases.flatMap { language in
        Sector.allCases.flatMap { sector in Ownership.allCases.map { (language, sector, $0) } }
    }

    @Test func everyCombinationValidatesUnchangedAgainstTheShippedCatalog() throws {
        let loader = InventoryLoader(catalog: try Support.shippedCatalog(), asOf: Support.asOf)
        for (language, sector, ownership) in Self.combinations {
            let text = try InventoryTemplate.render(language: language, sector: sector, ownership: ownership).get()
            let inventory = try loader.load(Array(text.utf8), file: "inventory.yaml").get()
            #expect(inventory.warnings.isEmpty)
            #expect(inventory.organization.sector == sector)
            #expect(inventory.organization.ownership == ownership)
            #expect(inventory.organization.procurement == Procurement.default(for: ownership))
            #expect(inventory.plan.language == language)
        }
    }

    @Test func noPlaceholderIsLeft() throws {
        for language in Language.allCases {
            let text = try InventoryTemplate.render(language: language, sector: .finance, ownership: .private).get()
            #expect(!text.contains("{{") && !text.contains("}}"))
            #expect(text.contains("procurement: none"))
        }
    }

    @Test func commentsAreInTheChosenLanguage() throws {
        let ru = try InventoryTemplate.render(language: .ru, sector: .education, ownership: .municipal).get()
        let en = try InventoryTemplate.render(language: .en, sector: .education, ownership: .municipal).get()
        #expect(ru.contains("# Отрасль"))
        #expect(en.contains("# The sector"))
        #expect(!en.unicodeScalars.contains { ("а"..."я").contains($0) })
    }
}
