import Foundation
import TestSupport
import Testing

@testable import PlannerCore
@testable import PlannerRender

/// `plan diff`'s text for runs that differ in every way, with the differences it reads.
@Suite("DiffReport: plan diff output (Render)")
struct DiffReportTests {
    let register = PlanParameter("register", .text("ru_software"))
    /// Why a product that keeps data in the US breaks the localization rule.
    let abroad = Reason(
        .residencyElsewhere, [PlanParameter("kept", .list(["US"])), PlanParameter("countries", .list(["RU"]))])

    @Test("a price change shows in facts, cost and score, with nothing else")
    func priceChange() throws {
        var older = Sample.run()
        older.id = 1
        var newer = Sample.run(
            catalog: "1111222233334444",
            products: [Sample.trueconf(price: 480_000, total: 84.9), Sample.vkTeams(), Sample.zoom])
        newer.products[0].cost = 71
        newer.id = 2
        let diff = RunDiff(from: older, to: newer)

        #expect(!diff.inventoryChanged && diff.catalogChanged)
        #expect(
            diff.facts == [
                RunDiff.FactChange(
                    productID: "trueconf", name: "TrueConf Server", subject: .price("annual"),
                    from: FactRecord(.price("annual"), .price(420_000, currency: "RUB", model: .perServer)),
                    to: FactRecord(.price("annual"), .price(480_000, currency: "RUB", model: .perServer)))
            ])
        #expect(diff.scores.map(\.score) == [.total, .cost])
        #expect(diff.costs.map(\.to) == [1_440_000])
        #expect(diff.rules.isEmpty && diff.statuses.isEmpty && diff.ranks.isEmpty)
        #expect(
            DiffReport.text(diff, words: .english) == """
                Changes for gymnasium-5 (МБОУ «Гимназия № 5»)
                  from run 1 (generate, as of 2026-01-15, plan 0.1.0)
                    to run 2 (generate, as of 2026-01-15, plan 0.1.0)

                Inputs
                  - The inventory did not change (0123456789abcdef).
                  - The catalog changed (fedcba9876543210 → 1111222233334444).

                Scores
                  - TrueConf Server (trueconf): total 86.3 → 84.9, cost 78 → 71

                Three-year cost
                  - TrueConf Server (trueconf): 1,260,000 RUB → 1,440,000 RUB

                Prices and facts
                  - TrueConf Server (trueconf): price "annual": 420,000 RUB per server a year → 480,000 RUB per server a year

                """)
    }

    @Test("a rule coming into force between two as-of dates excludes a product and moves the ranks")
    func ruleComesIntoForce() throws {
        let localizationBlocks = BlockerRecord(rule: "RU-152-LOCALIZATION", reason: abroad)
        var excluded = Sample.trueconf()
        excluded.status = .excluded
        excluded.rank = nil
        excluded.blockers = [localizationBlocks]
        let older = Sample.run(asOf: "2025-06-01", rules: [Sample.registry])
        let newer = Sample.run(
            asOf: "2025-08-01", products: [excluded, Sample.vkTeams(rank: 1), Sample.zoom],
            rules: [Sample.localization, Sample.registry])
        let diff = RunDiff(from: older, to: newer)

        #expect(
            diff.rules == [
                RunDiff.RuleChange(
                    ruleID: "RU-152-LOCALIZATION", title: title("Personal data stored in Russia"), from: nil,
                    to: .blocker)
            ])
        #expect(
            diff.leaders == [
                RunDiff.LeaderChange(
                    category: "videoconferencing", fromProductID: "trueconf", fromName: "TrueConf Server",
                    toProductID: "vk-teams", toName: "VK Teams")
            ])
        #expect(diff.statuses.map(\.productID) == ["trueconf"])
        #expect(diff.statuses.first?.newBlockers == [localizationBlocks])
        #expect(
            diff.ranks == [
                RunDiff.RankChange(
                    productID: "vk-teams", name: "VK Teams", category: "videoconferencing", from: 2, to: 1)
            ])
        #expect(
            DiffReport.text(diff, words: .english) == """
                Changes for gymnasium-5 (МБОУ «Гимназия № 5»)
                  from this run (generate, as of 2025-06-01, plan 0.1.0)
                    to this run (generate, as of 2025-08-01, plan 0.1.0)

                Inputs
                  - The inventory did not change (0123456789abcdef).
                  - The catalog did not change (fedcba9876543210).

                Recommendation
                  - TrueConf Server (trueconf) → VK Teams (vk-teams)

                Rules in force (as of 2025-06-01 → as of 2025-08-01)
                  - RU-152-LOCALIZATION "Personal data stored in Russia" came into force as a blocker.

                Eligibility
                  - TrueConf Server (trueconf) is now excluded (it was eligible), blocked by:
                    RU-152-LOCALIZATION: Personal data stored in Russia: its cloud keeps data in US, not RU, and no on-premises edition is recorded

                Ranks
                  - VK Teams (vk-teams): rank 2 → 1

                """)
    }

    @Test("admitted, dropped, new products, severity changes and changed blockers")
    func eligibilityChanges() {
        var admitted = Sample.zoom
        admitted.status = .conditional
        admitted.rank = 3
        admitted.blockers = []
        var stillExcluded = Sample.zoom
        stillExcluded.productID = "webex"
        stillExcluded.name = "Webex"
        var webexNow = stillExcluded
        webexNow.blockers = [
            BlockerRecord(rule: "RU-1236-REGISTRY", reason: Reason(.registryNotListed, [register])),
            BlockerRecord(rule: "RU-152-LOCALIZATION", reason: abroad),
        ]
        let newcomer = ProductRecord(
            productID: "dion", name: "DION", category: "videoconferencing", status: .eligible, rank: 4)
        let older = Sample.run(
            products: [Sample.trueconf(), Sample.vkTeams(), Sample.zoom, stillExcluded],
            rules: [
                Sample.registry, RuleRecord(ruleID: "RU-OLD", severity: .warning, title: title("Old rule")),
                RuleRecord(
                    ruleID: "RU-152-LOCALIZATION", severity: .warning, title: title("Personal data stored in Russia")),
            ])
        let newer = Sample.run(
            products: [Sample.trueconf(), admitted, webexNow, newcomer],
            rules: [Sample.localization, Sample.registry])
        let diff = RunDiff(from: older, to: newer)
        #expect(
            DiffReport.text(diff, words: .english).components(separatedBy: "\n\n").dropFirst(2).joined(
                separator: "\n\n") == """
                    Rules in force
                      - RU-152-LOCALIZATION "Personal data stored in Russia" is now a blocker (it was a warning).
                      - RU-OLD "Old rule" is no longer in force (it was a warning).

                    Eligibility
                      - DION (dion) is new in the comparison: eligible at rank 4.
                      - VK Teams (vk-teams) is no longer in the comparison (it was conditional).
                      - Zoom Workplace (zoom) is now conditional at rank 3 (it was excluded); no longer blocked by RU-1236-REGISTRY, VENDOR-RESTRICTION.
                      - Webex (webex) is still excluded; no longer blocked by VENDOR-RESTRICTION; now also blocked by:
                        RU-152-LOCALIZATION: Personal data stored in Russia: its cloud keeps data in US, not RU, and no on-premises edition is recorded

                    """)
    }

    @Test("the same run twice has no changes; score noise below 0.1 is not a change")
    func noChanges() {
        let run = Sample.run()
        var jitter = run
        jitter.products[0].total = 86.3 + 1e-9
        let diff = RunDiff(from: run, to: jitter)
        #expect(diff.hasNoOutcomeChanges)
        #expect(
            DiffReport.text(diff, words: .english).hasSuffix(
                "\n\nNo change in rules, eligibility, ranks, scores, costs or facts.\n"))
    }

    @Test("the same diff in Russian: headings, rules, eligibility with reasons, facts in the plan's words")
    func russian() {
        var excluded = Sample.trueconf(price: 480_000)
        excluded.status = .excluded
        excluded.rank = nil
        excluded.blockers = [BlockerRecord(rule: "RU-152-LOCALIZATION", reason: abroad)]
        let older = Sample.run(
            asOf: "2025-06-01", products: [Sample.trueconf(), Sample.vkTeams()], rules: [Sample.registry])
        var russianTitle = Sample.localization
        russianTitle.title = LocalizedText(ru: "Локализация персональных данных", en: "Personal data stored in Russia")
        let newer = Sample.run(
            asOf: "2025-08-01", products: [excluded, Sample.vkTeams(rank: 1)], rules: [russianTitle, Sample.registry])
        let text = DiffReport.text(RunDiff(from: older, to: newer), words: .russian)
        #expect(
            text == """
                Изменения для gymnasium-5 (МБОУ «Гимназия № 5»)
                   было: этот запуск (generate, на 01.06.2025, plan 0.1.0)
                  стало: этот запуск (generate, на 01.08.2025, plan 0.1.0)

                Исходные данные
                  - Инвентаризация не изменилась (0123456789abcdef).
                  - Каталог не изменился (fedcba9876543210).

                Рекомендация
                  - TrueConf Server (trueconf) → VK Teams (vk-teams)

                Действующие нормы (на 01.06.2025 → на 01.08.2025)
                  - RU-152-LOCALIZATION «Локализация персональных данных» вступила в силу: запрет.

                Допуск продуктов
                  - TrueConf Server (trueconf): теперь исключён (был: подходит); исключают:
                    RU-152-LOCALIZATION: Локализация персональных данных: облако хранит данные в US, а не в RU; версии для установки на серверах организации в каталоге нет

                Места в рейтинге
                  - VK Teams (vk-teams): место 2 → 1

                Стоимость за три года
                  - TrueConf Server (trueconf): 1 260 000 ₽ → 1 440 000 ₽

                Цены и факты
                  - TrueConf Server (trueconf): цена «annual»: 420 000 ₽ за сервер в год → 480 000 ₽ за сервер в год

                """)
    }

    @Test("money is grouped by thousands (a narrow no-break space in Markdown); roubles are ₽ in Russian")
    func money() {
        #expect(Words.english.money(1_260_000, "RUB") == "1,260,000 RUB")
        #expect(Words.russian.money(1_260_000, "RUB") == "1 260 000 ₽")
        #expect(Words.english.money(1234.5, "EUR") == "1,234.5 EUR")
        #expect(Words.russian.money(1234.5, "KZT") == "1 234,5 KZT")
        let markdown = Words(Words.russian.templates, medium: .markdown)
        #expect(markdown.money(1_260_000, "RUB") == "1\u{202F}260\u{202F}000\u{202F}₽")
        #expect(markdown.money(5, "<b>") == "5\u{202F}&lt;b>", "a currency from a file is escaped")
    }
}
