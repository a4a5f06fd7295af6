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
        #expect(plan.contains("за нынешний сервис (только для справки: продлевать его нельзя) — не менее чем на "))
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
        // Russian numbers group their thousands with a narrow no-break space: spaces here.
        let spaced = { (text: String) in text.replacingOccurrences(of: "\u{202F}", with: " ") }
        #expect(spaced(university).hasPrefix("За три года TrueConf Server обойдётся не менее чем в 8 330 000 ₽"))
        // "At least" holds given the tool's server assumptions, which are estimates: said beside it.
        #expect(spaced(university).contains("8 330 000 ₽ (с допущениями программы о серверах)"))
        #expect(
            spaced(university).contains(
                "не менее чем на 5 % дороже, причём **сумма занижена**: в коммерческом предложении не хватает лицензий "
                    + "(см. «Стоимость»)."), "\(university)")
        // The costs section gives the figures as a floor, and its budget check says what it leaves out.
        let markdown = spaced(try RenderFixtures.plan(try RenderFixtures.example("university-gis.yaml"), .ru).markdown)
        #expect(markdown.contains("| **TrueConf Server** (рекомендуемый) | не менее "))
        #expect(markdown.contains("| не менее 8 330 000 ₽ |"))
        #expect(
            markdown.contains("TrueConf Server за три года дороже нынешнего сервиса не менее чем на 380 000 ₽ (5 %)."))
        #expect(markdown.contains("Без недостающих лицензий годовые затраты укладываются в бюджет"))
        #expect(
            markdown.contains(
                "Уложатся ли они в бюджет вместе с недостающим, неизвестно: когда его цена будет известна, сверьте с "
                    + "бюджетом ещё раз."))
        // A plan whose cost leaves nothing out says it as before.
        let firm = try RenderFixtures.plan(try RenderFixtures.example("private-firm.yaml"), .ru).markdown
        #expect(!firm.contains("не менее") && !firm.contains("Без недостающих"))
        let kazakh = try Self.costSentence("kz-state-body.yaml", .ru)
        #expect(
            kazakh.contains("причём **сумма занижена**: серверы и администрирование в неё не вошли (см. «Стоимость»)."))
        let english = try Self.costSentence("university-gis.yaml", .en)
        #expect(
            english.contains(
                "at least 5% more, and **the figure is understated** (the commercial offer is short of licences; see "
                    + "\"Costs\")."
            ), "\(english)")
    }

    /// With a quote for the runner-up too, the summary compares the two three-year costs: the
    /// comparison says that the recommended product's figure is the understated one.
    @Test("The runner-up's cost is compared with an understated figure, and the summary says so")
    func runnerUpComparison() throws {
        let plan = try RenderScheduleTextTests.school {
            $0.replacingOccurrences(
                of: "  kontur-talk:\n",
                with: "  iva:\n    annual: 150000\n    date: 2026-10-20\n    note: \"КП № 77\"\n  kontur-talk:\n")
        }
        let line = try #require(plan.components(separatedBy: "\n").first { $0.contains("Второй вариант — ") })
        #expect(
            line.contains(" за три года (сравнение с заниженной суммой рекомендуемого продукта, см. «Стоимость»)"),
            "\(line)")
        let complete = try RenderScheduleTextTests.school {
            $0.replacingOccurrences(of: "connections: 25", with: "connections: 400")
        }
        #expect(!complete.contains("сравнение с заниженной суммой"))
    }

    @Test("A complete figure is not called understated")
    func complete() throws {
        for language in Language.allCases {
            let firm = try Self.costSentence("private-firm.yaml", language)
            #expect(!firm.contains("занижена") && !firm.contains("understated"), "\(firm)")
        }
    }
}

/// "Eligibility confirmed" says when what admits the product rests on secondary sources.
@Suite("Eligibility on secondary sources in the summary")
struct RenderSummarySecondaryTests {
    static let said =
        "у кого нет неподтверждённых обязательных и правовых требований (часть фактов о нём известна лишь из "
        + "вторичных источников — сверьте их до закупки"

    /// The Kazakh state body's plan with TrueConf Server's on-premises edition (which admits it
    /// under the data-location rule) relayed by a third party instead of the vendor's documentation.
    static func kazakhPlan(relayed: Bool) throws -> String {
        let shipped = RenderFixtures.catalog
        let products = shipped.products.map { product -> Product in
            guard relayed, product.id == "trueconf" else { return product }
            var changed = product
            changed.capabilities["deployment.on_premises"]?.provenance.confidence = .secondary
            return changed
        }
        let catalog = Catalog(
            capabilities: shipped.capabilities, products: products, rules: shipped.rules,
            registers: shipped.registers, procurementRegimes: shipped.procurementRegimes,
            fallbackRegime: shipped.fallbackRegime, calendars: shipped.calendars, jurisdictions: shipped.jurisdictions,
            fingerprint: shipped.fingerprint, warnings: shipped.warnings, staleBefore: shipped.staleBefore)
        let set = try TemplateSet.load(language: .ru).get()
        let generator = PlanGenerator(catalog: catalog, asOf: RenderFixtures.asOf, templates: [set])
        return try #require(generator.generate(try RenderFixtures.example("kz-state-body.yaml"))).markdown
    }

    @Test("The school's TrueConf Server is admitted on secondary sources, and the summary says so")
    func school() throws {
        let plan = try RenderScheduleTextTests.school { $0 }
        #expect(plan.contains("TrueConf Server — первый из тех, " + Self.said + ", см. «Источники»), а у"))
        let english = try RenderFixtures.plan(try RenderFixtures.example("school-44fz.yaml"), .en).markdown
        #expect(
            english.contains(
                "TrueConf Server comes first among those with no legal or must requirement unconfirmed (some of its "
                    + "facts come from secondary sources only: check them before the purchase, see \"Sources\"), while")
        )
    }

    /// Without a higher-scoring conditional product to contrast with, the summary says it in a
    /// sentence of its own: the state company's TrueConf Server is listed per a 2022 re-post.
    @Test("Without a contrast, the summary says it in a sentence of its own")
    func ownSentence() throws {
        let company = try RenderFixtures.plan(try RenderFixtures.example("state-company-kii.yaml"), .ru).markdown
        #expect(
            company.contains(
                "Часть фактов, по которым TrueConf Server допущен к сравнению, известна лишь из вторичных источников"))
        let kazakh = try Self.kazakhPlan(relayed: false)
        #expect(!kazakh.contains("известна лишь из вторичных источников"))
    }

    @Test("A fact that admits the product, relayed by a third party, makes the summary say so")
    func kazakh() throws {
        let confirmed = try Self.kazakhPlan(relayed: false)
        #expect(confirmed.contains("TrueConf Server — первый из тех, чья допустимость подтверждена, а у"))
        let relayed = try Self.kazakhPlan(relayed: true)
        #expect(relayed.contains("TrueConf Server — первый из тех, " + Self.said))
    }
}

/// The legal table says "secondary source" beside an outcome a relayed fact decides.
@Suite("Rule outcomes on secondary sources")
struct RenderLegalSecondaryTests {
    @Test("A rule met or broken on a relayed fact says so; one on a confirmed fact does not")
    func legalTable() throws {
        let university = try RenderFixtures.plan(try RenderFixtures.example("university-gis.yaml"), .ru).markdown
        // The messengers list: Teams on it, TrueConf Server off it, both per alrud.com (2023).
        #expect(
            university.contains("Microsoft Teams (сейчас): не соответствует (по вторичному источнику) — передавать"))
        #expect(university.contains("TrueConf Server (рекомендуемый): соответствует (по вторичному источнику)"))
        let english = try RenderFixtures.plan(try RenderFixtures.example("university-gis.yaml"), .en).markdown
        #expect(english.contains("Microsoft Teams (today): does not comply (secondary source); "))
        // Kazakhstan's data-location rule: met on the vendor's own documentation.
        let kazakh = try RenderSummarySecondaryTests.kazakhPlan(relayed: false)
        #expect(kazakh.contains("TrueConf Server (рекомендуемый): соответствует; "))
        #expect(!kazakh.contains("соответствует (по вторичному источнику)"))
        let relayed = try RenderSummarySecondaryTests.kazakhPlan(relayed: true)
        #expect(relayed.contains("TrueConf Server (рекомендуемый): соответствует (по вторичному источнику); "))
    }
}

/// A product that fails an unconfirmed rule is unknown only because of the rule: the legal
/// table says it does not comply if the rule applies, not that its compliance is unconfirmed.
@Suite("Outcomes under an unconfirmed rule")
struct RenderLegalUnconfirmedRuleTests {
    @Test("Zoom fails the trusted-software rule if it applies; TrueConf's mark is unknown")
    func trustedSoftware() throws {
        let school = try RenderFixtures.example("school-44fz.yaml")
        let russian = try RenderFixtures.plan(school, .ru).markdown
        let row = try #require(russian.split(separator: "\n").first { $0.contains("Приоритет доверенного ПО") })
        #expect(row.contains("Zoom (сейчас): не соответствует, если норма применима — это риск"))
        #expect(row.contains("TrueConf Server (рекомендуемый): не подтверждено — это риск"))
        #expect(!row.contains("Zoom (сейчас): не подтверждено"))
        let english = try RenderFixtures.plan(school, .en).markdown
        #expect(english.contains("Zoom (today): does not comply if the rule applies: a risk"))
        // A rule that is not unconfirmed keeps "does not comply" without the condition.
        #expect(!russian.contains("Zoom (сейчас): не соответствует, если норма применима — закупать"))
    }
}

/// The sources table says what each source states: a capability a product lacks is not listed
/// as one it supports.
@Suite("Sources table values")
struct RenderSourcesValueTests {
    @Test("A capability the catalog records as absent reads 'no'; a number gives its value")
    func capabilityValues() throws {
        let school = try RenderFixtures.example("school-44fz.yaml")
        let rows = try RenderFixtures.plan(school, .ru).markdown.split(separator: "\n").filter {
            $0.hasPrefix("| Zoom | ")
        }
        // Zoom has no on-premises edition (deployment.on_premises: false in the catalog).
        #expect(rows.contains { $0.contains("Установка на своих серверах: нет") })
        #expect(
            !rows.contains {
                $0.contains("Установка на своих серверах |") || $0.contains("Установка на своих серверах;")
            })
        #expect(rows.contains { $0.contains("Участников во встрече (максимум): 5\u{202F}000") })
        let english = try RenderFixtures.plan(school, .en).markdown
        #expect(english.contains("On-premises deployment: no"))
        #expect(english.contains("| Product | What the source states | Source | As of |"))
    }
}

/// The single-supplier route names the amount it would be checked at, and from how many offers.
@Suite("The purchase route's amount")
struct RenderRouteAmountTests {
    @Test("An estimate from fewer offers than needed says from how many")
    func estimateFromTooFewOffers() throws {
        // Without TrueConf's offer, Kontur's 132 000 is the only figure.
        let school = try RenderScheduleTextTests.schoolInventory {
            $0.replacingOccurrences(
                of: "  trueconf:\n    annual: 96000\n    one_time: 40000\n    connections: 25\n    date: 2026-10-14\n"
                    + "    note: \"КП № 1147 от 14.10.2026 (TrueConf Server, 25 подключений)\"\n", with: "")
        }
        let russian = try RenderFixtures.plan(school, .ru).markdown.replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(
            russian.contains("при сумме 132 000 ₽ (предварительная оценка по 1 из 3 нужных коммерческих предложений)"))
        let english = try RenderFixtures.plan(school, .en).markdown.replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(english.contains("for 132,000 RUB (a preliminary estimate from 1 of the 3 commercial offers needed)"))
    }

    @Test("The recommended product's offer that lacks licences is the least the purchase costs")
    func floorFromTheRecommendedOffer() throws {
        // TrueConf's 136 000 for 25 of 152 connections is above Kontur's 132 000.
        let school = try RenderFixtures.example("school-44fz.yaml")
        let russian = try RenderFixtures.plan(school, .ru).markdown.replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(
            russian.contains(
                "при сумме не менее 136 000 ₽ (первый год по коммерческому предложению TrueConf Server, "
                    + "в котором не хватает лицензий: его цена выше средней по остальным предложениям)"))
        #expect(!russian.contains("при сумме 132 000 ₽"))
        let english = try RenderFixtures.plan(school, .en).markdown.replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(
            english.contains(
                "for at least 136,000 RUB (the first year by TrueConf Server's commercial offer, which lacks"))
    }
}

/// A vulnerability known only from a relayed copy of an advisory says so where the plan names it.
@Suite("Advisories from secondary sources")
struct RenderAdvisorySourceTests {
    @Test("The summary's main risk says an advisory rests on a secondary source")
    func mainRisk() throws {
        let plan = try RenderScheduleTextTests.school { $0 }
        #expect(
            plan.contains(
                "Главный риск — уязвимость CVE-2026-72529 в TrueConf Server (CVSS 9,8) уже используется "
                    + "злоумышленниками (по вторичному источнику), версия с исправлением неизвестна."))
    }
}

/// A vulnerability listed under the recommended product says when it is known only second-hand,
/// and gives no fixed version the research has not verified (CVE-2026-72529).
@Suite("Advisories of the recommended product")
struct RenderAdvisoryListTests {
    @Test("A secondary advisory says so, and an unverified fixed version is asked for, not stated")
    func secondaryAdvisory() throws {
        let plan = try RenderScheduleTextTests.school { $0 }
        let line = try #require(plan.components(separatedBy: "\n").first { $0.hasPrefix("- **CVE-2026-72529**") })
        #expect(line.contains("опубликована 20.08.2026 (по вторичному источнику)."))
        #expect(line.contains("Версию с исправлением уточните у поставщика."))
        #expect(!line.contains("Исправлено в версии"))
        let fixed = try #require(plan.components(separatedBy: "\n").first { $0.hasPrefix("- **CVE-2026-72530**") })
        #expect(fixed.contains("Исправлено в версии 5.3.9 / 5.4.9 / 5.5.5."))
    }
}

/// An unconfirmed fact in the sources table is marked beside that fact, not once for its row.
@Suite("Unconfirmed facts in the sources table")
struct RenderUnconfirmedSourceTests {
    @Test("The row marks which of its facts the catalog does not confirm")
    func unconfirmedFact() throws {
        let plan = try RenderFixtures.plan(try RenderFixtures.example("state-company-kii.yaml"), .ru).markdown
        let row = try #require(
            plan.components(separatedBy: "\n").first { $0.contains("<https://trueconf.com/docs/client/en/calls>") })
        #expect(row.contains("Клиент для Astra Linux (не подтверждено); Подключение H.323-устройств;"), "\(row)")
        #expect(!row.contains("есть неподтверждённые сведения"))
        let english = try RenderFixtures.plan(try RenderFixtures.example("state-company-kii.yaml"), .en).markdown
        #expect(english.contains("(unconfirmed); "))
    }
}

/// A failed pilot cannot send its group back to a service a rule in force already bars.
@Suite("Rollback and services barred from use")
struct RenderRollbackBarredTests {
    @Test("The pilot group works as decided at the start, not in the barred service")
    func pilotDoesNotReturnToABarredService() throws {
        // The company's Zoom runs until 31.03.2027, after its pilot, but the KII ban bars it now.
        let plan = try RenderFixtures.plan(try RenderFixtures.example("state-company-kii.yaml"), .ru).markdown
        #expect(
            plan.contains(
                "Пользователи пилотной группы на это время работают так, как решено в начале подготовки "
                    + "(см. «План работ», этап 1): работу в Zoom нормы из раздела «Правовые ограничения» уже "
                    + "сейчас запрещают или ограничивают."))
        #expect(!plan.contains("возвращаются к прежнему сервису"))
        // Without the rules, Zoom is only barred from purchase: the group goes back to it.
        let inventory = try RenderFixtures.example("state-company-kii.yaml")
        let assessment = assess(inventory, against: RenderFixtures.catalog, asOf: RenderFixtures.asOf)
        var migration = MigrationPlanner.plan(
            inventory: inventory, catalog: RenderFixtures.catalog, assessment: assessment)
        #expect(migration.rollback(inventory.services).barred == ["zoom"])
        migration.useBarredServices = []
        #expect(migration.rollback(inventory.services).barred.isEmpty)
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

    /// A vendor's restriction is said by what it does and since when, not by its catalog id.
    @Test("A restriction row says what the vendor does and since when")
    func restrictionRows() throws {
        let plan = try RenderScheduleTextTests.school { $0 }
        #expect(plan.contains("| Zoom | ограничение поставщика: с 31.03.2021 не продаёт таким организациям, как ваша "))
        #expect(!plan.contains("zoom-public-sector-ru-cis-2021"))
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
