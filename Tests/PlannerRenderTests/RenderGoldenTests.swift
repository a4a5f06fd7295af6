import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

/// Golden plans: two examples in both languages, as of 2026-11-29, compared byte for byte
/// with `Tests/PlannerRenderTests/Golden/*.md`. After an intended change, re-record them with
///
///     PLAN_RECORD_GOLDEN=1 swift test --filter Golden
///
/// and review the diff of `Golden/` like code.
@Suite("Golden plans")
struct RenderGoldenTests {
    static let cases: [(example: String, language: Language)] = [
        ("school-44fz.yaml", .ru), ("school-44fz.yaml", .en),
        ("state-company-kii.yaml", .ru), ("state-company-kii.yaml", .en),
    ]

    @Test("Golden plan matches", arguments: cases)
    func golden(example: String, language: Language) throws {
        let plan = try RenderFixtures.plan(RenderFixtures.example(example), language)
        let name = example.replacingOccurrences(of: ".yaml", with: "") + ".\(language.rawValue).md"
        try GoldenFile.check(plan.markdown, name: name)
    }

    @Test(
        "Golden plans are well formed: tables keep their columns, Mermaid parses (keep blocks: PlannerAppTests)",
        arguments: cases)
    func wellFormed(example: String, language: Language) throws {
        let markdown = try RenderFixtures.plan(RenderFixtures.example(example), language).markdown
        #expect(MarkdownTable.brokenRows(in: markdown).isEmpty, "\(MarkdownTable.brokenRows(in: markdown))")
        #expect(MermaidCheck.problems(in: markdown).isEmpty, "\(MermaidCheck.problems(in: markdown))")
        // Every section of plan-content.md, in order.
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings.count == 13, "\(headings)")
        #expect(!markdown.contains("&amp;lt;") && !markdown.contains("&quot;"), "double escaping")
        #expect(!markdown.contains("{{"), "an unrendered tag")
    }
}
