import PlannerCore
import Testing

@Suite("Inventory: the plan init template")
struct InventoryTemplateTests {
    typealias Support = InventoryTestSupport

    static let combinations: [(Language, Sector, Ownership)] = Language.allCases.flatMap { language in
        Sector.allCases.flatMap { sector in Ownership.allCases.map { (language, sector, $0) } }
    }

    /// The organization's name in the template of each language: a placeholder in angle brackets.
    static let placeholders: [Language: String] = [
        .ru: "<Наименование организации>", .en: "<Name of the organization>",
    ]

    @Test func everyCombinationValidatesAgainstTheShippedCatalogOnceTheNameIsFilledIn() throws {
        let loader = InventoryLoader(catalog: try Support.shippedCatalog(), asOf: Support.asOf)
        for (language, sector, ownership) in Self.combinations {
            let procurement = try #require(loader.catalog.defaultRegime(country: "RU", ownership: ownership))
            let text = try InventoryTemplate.render(
                language: language, country: "RU", sector: sector, ownership: ownership, procurement: procurement
            ).get()
            let placeholder = try #require(Self.placeholders[language])
            #expect(text.contains("name: \"\(placeholder)\""))
            let named = text.replacingOccurrences(of: placeholder, with: "Org 1")
            let inventory = try loader.load(Array(named.utf8), file: "inventory.yaml").get()
            #expect(inventory.warnings.isEmpty)
            #expect(inventory.organization.sector == sector)
            #expect(inventory.organization.ownership == ownership)
            #expect(inventory.organization.procurement == procurement)
            #expect(inventory.plan.language == language)
        }
    }

    @Test func theUnchangedTemplateIsRefusedForItsPlaceholderNameOnlyInItsLanguage() throws {
        let loader = InventoryLoader(catalog: try Support.shippedCatalog(), asOf: Support.asOf)
        for language in Language.allCases {
            let text = try InventoryTemplate.render(
                language: language, country: "RU", sector: .education, ownership: .municipal, procurement: "44-FZ"
            ).get()
            let result = loader.load(Array(text.utf8), file: "inventory.yaml")
            guard case .failure(let error) = result else {
                Issue.record("the placeholder name validated in \(language)")
                continue
            }
            let expected =
                language == .ru
                ? "organization.name: '<Наименование организации>' — заготовка из plan init; впишите полное "
                    + "наименование организации"
                : "organization.name: '<Name of the organization>' is the placeholder plan init wrote; write the "
                    + "organization's full name"
            #expect(error.diagnostics.map(\.message) == [expected])
        }
    }

    @Test func theFirstLineNamesTheSchemaForEditors() throws {
        for language in Language.allCases {
            let text = try InventoryTemplate.render(
                language: language, country: "RU", sector: .education, ownership: .municipal, procurement: "44-FZ",
                schema: "../inventory.schema.json"
            ).get()
            #expect(text.hasPrefix("# yaml-language-server: $schema=../inventory.schema.json\n"))
        }
    }

    @Test func noPlaceholderIsLeft() throws {
        for language in Language.allCases {
            let text = try InventoryTemplate.render(
                language: language, country: "RU", sector: .finance, ownership: .private, procurement: "none"
            ).get()
            #expect(!text.contains("{{") && !text.contains("}}"))
            #expect(text.contains("procurement: none"))
        }
    }

    @Test func commentsAreInTheChosenLanguage() throws {
        let ru = try InventoryTemplate.render(
            language: .ru, country: "RU", sector: .education, ownership: .municipal, procurement: "44-FZ"
        ).get()
        let en = try InventoryTemplate.render(
            language: .en, country: "RU", sector: .education, ownership: .municipal, procurement: "44-FZ"
        ).get()
        #expect(ru.contains("# Отрасль"))
        #expect(en.contains("# The sector"))
        #expect(!en.unicodeScalars.contains { ("а"..."я").contains($0) })
    }
}
