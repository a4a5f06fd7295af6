import Foundation
import PlannerCore
import Testing

/// Messages about an inventory in the language of the file (its `plan.language`), else the
/// user's locale, else English; and the slips people make that used to pass or puzzle: a byte
/// order mark, a start in the past, the placeholder name of `plan init`.
@Suite("Inventory: messages in the user's language, and the common slips")
struct InventoryMessagesTests {
    typealias Support = InventoryTestSupport

    /// An inventory with the problems met most: a wrong type, an unknown value and key with a
    /// suggestion, a missing field, a date that does not exist, an unknown product.
    static let mistakes = """
        schema: 1
        organization:
          name: "Школа"
          country: RU
          sector: educaton
          ownership: municipal
          users: many
          deadlin: 2027-08-31
        services:
          - product: zom
            contract_end: 2027-02-30
          - plan: business
        requirements:
          want:
            transcripton: 6

        """

    @Test func plainEnglishByDefault() {
        #expect(
            Support.messages(Self.mistakes) == [
                "inventory.yaml:5:11: error: organization.sector: unknown value 'educaton'; did you mean 'education'?",
                "inventory.yaml:7:10: error: organization.users: expected a whole number, found 'many'",
                "inventory.yaml:8:3: error: organization: unknown key 'deadlin'; did you mean 'deadline'?",
                "inventory.yaml:10:14: error: services[0].product: unknown product 'zom'; did you mean 'zoom'?",
                "inventory.yaml:11:19: error: services[0].contract_end: 2027-02-30 is not a calendar date",
                "inventory.yaml:12:5: error: services[1]: missing required key 'product'",
                "inventory.yaml:15:5: error: requirements.want: unknown capability 'transcripton'; did you mean 'transcription'?",
                "inventory.yaml:15:19: error: requirements.want.transcripton: must be between 1 and 5, found 6",
            ])
    }

    @Test func russianWhenTheFileSaysPlanLanguageRu() {
        let text = Self.mistakes + "plan:\n  language: ru\n"
        #expect(
            Support.messages(text) == [
                "inventory.yaml:5:11: error: organization.sector: недопустимое значение 'educaton'; возможно, имелось в виду 'education'?",
                "inventory.yaml:7:10: error: organization.users: ожидается целое число, найдено 'many'",
                "inventory.yaml:8:3: error: organization: неизвестный ключ 'deadlin'; возможно, имелось в виду 'deadline'?",
                "inventory.yaml:10:14: error: services[0].product: неизвестный продукт 'zom'; возможно, имелось в виду 'zoom'?",
                "inventory.yaml:11:19: error: services[0].contract_end: даты 2027-02-30 не существует",
                "inventory.yaml:12:5: error: services[1]: нет обязательного ключа 'product'",
                "inventory.yaml:15:5: error: requirements.want: неизвестная возможность 'transcripton'; возможно, имелось в виду 'transcription'?",
                "inventory.yaml:15:19: error: requirements.want.transcripton: должно быть от 1 до 5, найдено 6",
            ])
    }

    @Test func theLocaleDecidesWhenTheFileDoesNot() throws {
        var russian = Support.loader
        russian.messageLanguage = .ru
        let unstated = russian.load(Array(Self.mistakes.utf8), file: "inventory.yaml")
        let messages = try #require(unstated.failureDiagnostics).map(\.message)
        #expect(
            messages.first
                == "organization.sector: недопустимое значение 'educaton'; возможно, имелось в виду 'education'?")
        // The file's own plan.language wins over the locale.
        let english = russian.load(Array((Self.mistakes + "plan:\n  language: en\n").utf8), file: "inventory.yaml")
        #expect(
            try #require(english.failureDiagnostics).first?.message.hasPrefix("organization.sector: unknown value")
                == true)
    }

    @Test func aByteOrderMarkIsNoPartOfTheFirstKey() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let inventory = try Support.loader.load(bom + Array(Support.minimal.utf8), file: "bom.yaml").get()
        #expect(inventory.organization.name == "МБОУ «Гимназия № 5»")
        // A problem on the first line is still reported at column 1 of what the user sees.
        let broken = Support.loader.load(
            bom + Array(("schemo: 1\n" + Support.minimal.dropFirst(10)).utf8), file: "b.yaml")
        #expect(
            try #require(broken.failureDiagnostics).first?.description
                == "b.yaml:1:1: error: unknown key 'schemo'; did you mean 'schema'?")
    }

    @Test func aStartBeforeTheAsOfDateIsAWarningAtPlanStart() throws {
        // Within the planning horizon (as-of − 1 year); a start further back is an error (#16).
        let text = Support.minimal + "plan:\n  start: 2026-01-18\n"
        let inventory = try Support.load(text).get()
        #expect(
            inventory.warnings.map(\.description) == [
                "inventory.yaml:11:10: warning: plan.start: 2026-01-18 is before the as-of date (2026-11-29): the "
                    + "timeline would start in the past; check the year (if the move is already under way, ignore this)"
            ])
        let future = try Support.load(Support.minimal + "plan:\n  start: 2026-11-29\n").get()
        #expect(future.warnings.isEmpty, "the as-of date itself is not the past")
    }

    @Test(arguments: ["<Наименование организации>", "  <Name of the organization> ", "<>"])
    func aNameInAngleBracketsIsAPlaceholder(name: String) throws {
        let text = Support.minimal.replacingOccurrences(of: "\"МБОУ «Гимназия № 5»\"", with: "\"\(name)\"")
        let messages = Support.messages(text)
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix("inventory.yaml:3:9: error: organization.name: '\(name)' is the placeholder")
                == true)
    }
}

extension Result where Failure == DiagnosticsError {
    /// The diagnostics of a failure; nil on success.
    var failureDiagnostics: [Diagnostic]? {
        if case .failure(let error) = self { return error.diagnostics }
        return nil
    }
}
