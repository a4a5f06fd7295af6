import Foundation
import TestSupport
import Testing

@testable import PlannerCore
@testable import PlannerRender

/// `plan diff`'s text for runs that differ in every way, with the differences it reads.
@Suite("DiffReport: plan diff output (Render)")
struct DiffReportTests {
    @Test("a price change shows in facts, cost and score, with nothing else")
    func priceChange() throws {
        var older = Sample.run()
        older.id = 1
        var newer = Sample.run(
            catalog: "1111222233334444",
            products: [Sample.trueconf(price: "480000", total: 84.9), Sample.vkTeams(), Sample.zoom])
        newer.products[0].cost = 71
        newer.id = 2
        let diff = RunDiff(from: older, to: newer)

        #expect(!diff.inventoryChanged && diff.catalogChanged)
        #expect(
            diff.facts == [
                RunDiff.FactChange(
                    productID: "trueconf", name: "TrueConf Server", key: "price.annual", from: "420000", to: "480000")
            ])
        #expect(diff.scores.map(\.score) == [.total, .cost])
        #expect(diff.costs.map(\.to) == [1_440_000])
        #expect(diff.rules.isEmpty && diff.statuses.isEmpty && diff.ranks.isEmpty)
        #expect(
            DiffReport.text(diff) == """
                Changes for gymnasium-5 (МБОУ «Гимназия № 5»)
                  from run 1 (generate, as of 2026-01-15, plan 0.1.0)
                    to run 2 (generate, as of 2026-01-15, plan 0.1.0)

                Inputs
                  - The inventory did not change (0123456789abcdef).
                  - The catalog changed (fedcba9876543210 → 1111222233334444).

                Scores
                  - TrueConf Server (trueconf): total 86.3 → 84.9, cost 78 → 71

                Three-year cost
                  - TrueConf Server (trueconf): 1 260 000 RUB → 1 440 000 RUB

                Prices and facts
                  - TrueConf Server (trueconf) price.annual: 420000 → 480000

                """)
    }

    @Test("a rule coming into force between two as-of dates excludes a product and moves the ranks")
    func ruleComesIntoForce() throws {
        let localizationBlocks = BlockerRecord(
            rule: "RU-152-LOCALIZATION", message: "stores personal data outside Russia")
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
                    ruleID: "RU-152-LOCALIZATION", title: "Personal data stored in Russia", from: nil, to: .blocker)
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
            DiffReport.text(diff) == """
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
                    RU-152-LOCALIZATION: stores personal data outside Russia

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
            BlockerRecord(rule: "RU-1236-REGISTRY", message: "not listed"),
            BlockerRecord(rule: "RU-152-LOCALIZATION", message: "data abroad"),
        ]
        let newcomer = ProductRecord(
            productID: "dion", name: "DION", category: "videoconferencing", status: .eligible, rank: 4)
        let older = Sample.run(
            products: [Sample.trueconf(), Sample.vkTeams(), Sample.zoom, stillExcluded],
            rules: [
                Sample.registry, RuleRecord(ruleID: "RU-OLD", severity: .warning, title: "Old rule"),
                RuleRecord(ruleID: "RU-152-LOCALIZATION", severity: .warning, title: "Personal data stored in Russia"),
            ])
        let newer = Sample.run(
            products: [Sample.trueconf(), admitted, webexNow, newcomer],
            rules: [Sample.localization, Sample.registry])
        let diff = RunDiff(from: older, to: newer)
        #expect(
            DiffReport.text(diff).components(separatedBy: "\n\n").dropFirst(2).joined(separator: "\n\n") == """
                Rules in force
                  - RU-152-LOCALIZATION "Personal data stored in Russia" is now a blocker (it was a warning).
                  - RU-OLD "Old rule" is no longer in force (it was a warning).

                Eligibility
                  - DION (dion) is new in the comparison: eligible at rank 4.
                  - VK Teams (vk-teams) is no longer in the comparison (it was conditional).
                  - Zoom Workplace (zoom) is now conditional at rank 3 (it was excluded); no longer blocked by RU-1236-REGISTRY, VENDOR-RESTRICTION.
                  - Webex (webex) is still excluded; no longer blocked by VENDOR-RESTRICTION; now also blocked by:
                    RU-152-LOCALIZATION: data abroad

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
            DiffReport.text(diff).hasSuffix("\n\nNo change in rules, eligibility, ranks, scores, costs or facts.\n"))
    }

    @Test("money is grouped by thousands; unknown stays unknown")
    func money() {
        #expect(DiffReport.money(1_260_000, "RUB") == "1 260 000 RUB")
        #expect(DiffReport.money(999, nil) == "999")
        #expect(DiffReport.money(nil, "RUB") == "unknown")
        #expect(DiffReport.money(1234.5, "RUB") == "1234.5 RUB")
    }
}
