import Foundation
import PlannerCore
import Testing

/// Docs/Rules.md lists every shipped rule with its dates and citation (issue #10: "Docs/
/// lists every rule with its citation, scope and dates"). Regenerate the table with
/// `python3 Scripts/rules_doc.py` after changing a rule.
@Suite struct RulesDocTests {
    @Test func everyShippedRuleIsListedWithItsDatesAndCitation() throws {
        let catalog = try InventoryTestSupport.shippedCatalog()
        let doc = try String(
            contentsOf: InventoryTestSupport.packageRoot.appendingPathComponent("Docs/Rules.md"), encoding: .utf8)
        let rows = doc.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(!catalog.rules.isEmpty)
        for rule in catalog.rules {
            let row = try #require(
                rows.first { $0.hasPrefix("| `\(rule.id)` |") }, "\(rule.id) is not in Docs/Rules.md")
            let until = rule.effectiveUntil.map(\.description) ?? "…"
            #expect(row.contains("| \(rule.effectiveFrom) – \(until) |"), "\(rule.id): dates")
            #expect(row.contains(rule.citation.url ?? rule.citation.title), "\(rule.id): citation")
            for variant in rule.variants {
                if let url = variant.citation?.url { #expect(row.contains(url), "\(rule.id): variant citation") }
            }
            #expect(row.contains("| \(rule.effect.rawValue) |"), "\(rule.id): effect")
            #expect(row.contains("| \(rule.confidence.rawValue) |"), "\(rule.id): confidence")
        }
        #expect(rows.filter { $0.hasPrefix("| `RU-") || $0.hasPrefix("| `KZ-") }.count >= catalog.rules.count)
    }
}
