import Foundation
import PlannerCore
import TestSupport
import Testing

@testable import PlannerRender

/// What the summary says about what the organization uses now.
@Suite("Summary text")
struct RenderSummaryTextTests {
    /// The summary's view model of the school example with its YAML changed.
    static func summary(_ change: (String) -> String) throws -> SummaryView {
        let inventory = try RenderScheduleTextTests.schoolInventory(change)
        let plan = try RenderFixtures.plan(inventory, .ru)
        let builder = PlanDocumentBuilder(
            inventory: inventory, assessment: plan.assessment, plan: plan.plan, catalog: RenderFixtures.catalog,
            values: ValueFactory(language: .ru), coverage: .all)
        return builder.document(inventoryFile: "school.yaml").summary
    }

    /// The school's only service, Zoom, is excluded: its cost is a reference, not an option.
    @Test("The cost of services that cannot be continued is given for reference only")
    func excludedCurrentServiceIsAReference() throws {
        let plan = try RenderScheduleTextTests.school { $0 }
        #expect(plan.contains("за нынешний сервис (только для справки: продлевать его нельзя) — на "))
        #expect(plan.contains("Сравнение только для справки: продлевать нынешний сервис нельзя"))
        #expect(try Self.summary { $0 }.currentBlocked)
    }

    /// With a service in use that the rules allow, what is used now is not all excluded.
    @Test("Services of which one may continue are not called a reference")
    func allowedCurrentServiceIsNotAReference() throws {
        let summary = try Self.summary {
            $0.replacingOccurrences(
                of: "services:\n", with: "services:\n  - product: sferum\n    annual_cost: 0\n    purposes: [lessons]\n"
            )
        }
        #expect(summary.blockedServices.count == 1)
        #expect(!summary.currentBlocked)
    }
}

/// The summary's cost says when the figure leaves out what the costs section reports.
@Suite("Understated cost in the summary")
struct RenderSummaryCostOmissionTests {
    /// The summary paragraph that states the three-year cost.
    static func costSentence(_ example: String, _ language: Language) throws -> String {
        let markdown = try RenderFixtures.plan(try RenderFixtures.example(example), language).markdown
        let opening = language == .ru ? "За три года " : "Over three years "
        return try #require(markdown.components(separatedBy: "\n").first { $0.hasPrefix(opening) })
    }

    @Test("Licences the offer lacks and servers left out are said beside the figure, pointing to the costs")
    func understated() throws {
        let university = try Self.costSentence("university-gis.yaml", .ru)
        #expect(
            university.contains(
                "дороже, но **сумма занижена**: в коммерческом предложении не хватает лицензий "
                    + "(см. «Стоимость»)."), "\(university)")
        let kazakh = try Self.costSentence("kz-state-body.yaml", .ru)
        #expect(kazakh.contains("но **сумма занижена**: серверы и администрирование в неё не вошли (см. «Стоимость»)."))
        let english = try Self.costSentence("university-gis.yaml", .en)
        #expect(
            english.contains(
                "5% more, but **the figure is understated** (the commercial offer is short of licences; see \"Costs\")."
            ), "\(english)")
    }

    @Test("A complete figure is not called understated")
    func complete() throws {
        for language in Language.allCases {
            let firm = try Self.costSentence("private-firm.yaml", language)
            #expect(!firm.contains("занижена") && !firm.contains("understated"), "\(firm)")
        }
    }
}

/// The sources table names a register as it calls itself and says what the entry records.
@Suite("Register rows of the sources")
struct RenderRegisterSourceTests {
    @Test("A register row says listed or not listed, under the register's own name")
    func registerRows() throws {
        let plan = try RenderScheduleTextTests.school { $0 }
        let register = "Единый реестр российских программ для электронных вычислительных машин и баз данных"
        #expect(plan.contains("| Zoom | \(register): не включён |"))
        #expect(plan.contains("| TrueConf Server | \(register): включён"))
        #expect(!plan.contains("ru_software"))
    }
}

/// A listed product's register entry is flagged for checking when its source is secondary or
/// stale, and only then.
@Suite("Register entry to check")
struct RenderRegistryCheckTests {
    @Test(arguments: [
        (Confidence.confirmed, "2026-11-01", false, false),
        (Confidence.secondary, "2026-11-01", true, false),
        (Confidence.confirmed, "2022-10-19", false, true),
        (Confidence.secondary, "2022-10-19", true, true),
    ])
    func registryCheck(confidence: Confidence, asOf: String, secondary: Bool, stale: Bool) throws {
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let plan = try RenderFixtures.plan(inventory, .ru)
        let builder = PlanDocumentBuilder(
            inventory: inventory, assessment: plan.assessment, plan: plan.plan, catalog: RenderFixtures.catalog,
            values: ValueFactory(language: .ru), coverage: .all)
        let option = try #require(plan.assessment.option("trueconf"))
        var product = try #require(RenderFixtures.catalog.product("trueconf"))
        let register = try #require(RenderFixtures.catalog.domesticRegister(for: "RU"))
        var entry = try #require(product.registries[register.id])
        entry.provenance = Provenance(
            source: "https://example.org", asOf: try CalendarDate.parse(asOf).get(), confidence: confidence)
        product.registries[register.id] = entry
        let check = builder.registryCheck(of: option, product: product)
        if secondary || stale {
            let found = try #require(check)
            #expect(found.secondary == secondary)
            #expect(found.stale == stale)
        } else {
            #expect(check == nil)
        }
    }
}
