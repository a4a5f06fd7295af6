import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

/// Inventory text is never trusted: names with pipes, HTML, links and newlines stay inert text,
/// every table keeps its columns and the chart parses. (Where the plan lands: PlannerAppTests.)
@Suite("Hostile inventory text")
struct RenderHostileInventoryTests {
    static let yaml = HostileInventory.yaml

    @Test("A hostile inventory gives a clean plan in both languages")
    func cleanPlan() throws {
        let inventory = try RenderFixtures.inventory(Self.yaml).get()
        #expect(Slug.isValid(inventory.organization.id))
        for language in Language.allCases {
            let markdown = try RenderFixtures.plan(inventory, language).markdown
            #expect(MarkdownTable.brokenRows(in: markdown).isEmpty, "\(MarkdownTable.brokenRows(in: markdown))")
            #expect(MermaidCheck.problems(in: markdown).isEmpty, "\(MermaidCheck.problems(in: markdown))")
            for raw in [
                "<script", "<img", "<b>", "<i>", "**bold**", "`code`", "\n- item", "\n# heading",
            ] {
                #expect(!markdown.contains(raw), "\(language): raw \(raw) in the plan")
            }
            // A link needs `](`: an escaped `\]` cannot close link text.
            let unescaped = markdown.replacingOccurrences(of: "\\](", with: "")
            #expect(!unescaped.contains("](javascript:"), "\(language): a javascript: link")
            // The keep markers are the template's only: the name's fake marker is escaped.
            #expect(markdown.components(separatedBy: "<!-- /plan:keep notes -->").count == 2)
        }
    }

    @Test("1: an amount of any size is formatted, not a trap (money is worded by PlanFormatter)")
    func amounts() {
        let format = PlanFormatter(language: .en)
        #expect(format.number(1_000_000_000_000, decimals: 2) == "1,000,000,000,000")
        #expect(!format.number(3.1e16, decimals: 2).isEmpty)
        #expect(!format.number(1e300, decimals: 2).isEmpty)
        #expect(!format.number(-1e300, decimals: 2).isEmpty)
        #expect(format.number(.infinity, decimals: 2) == "—")
        #expect(format.number(.nan, decimals: 2) == "—")
    }
}
