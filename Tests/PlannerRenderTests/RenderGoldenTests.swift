import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

/// Golden plans: the five examples in both languages, as of 2026-11-29, compared byte for byte
/// with `Tests/PlannerRenderTests/Golden/*.md`. After an intended change, re-record them with
///
///     PLAN_RECORD_GOLDEN=1 swift test --filter Golden
///
/// and review the diff of `Golden/` like code.
@Suite("Golden plans")
struct RenderGoldenTests {
    static let cases: [(example: String, language: Language)] = [
        "school-44fz.yaml", "university-gis.yaml", "state-company-kii.yaml", "private-firm.yaml", "kz-state-body.yaml",
    ].flatMap { example in Language.allCases.map { (example, $0) } }

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
        // Raw reads as rendered: a paragraph is one line, nothing follows a table row.
        #expect(MarkdownParagraphs.problems(in: markdown).isEmpty, "\(MarkdownParagraphs.problems(in: markdown))")
        // Escapes only where Markdown needs them: no `\(`, no `&gt;`.
        #expect(!markdown.contains("\\(") && !markdown.contains("\\)"), "an escaped parenthesis")
        #expect(!markdown.contains("&gt;"), "an escaped >")
        // One spelling in English plans: organization, not organisation.
        if language == .en {
            #expect(!markdown.contains("organis") && !markdown.contains("authoris"), "British -is- spelling")
        }
        // Words are one space apart outside the chart and tables' empty cells.
        let spaced = markdown.split(separator: "\n").filter {
            !$0.hasPrefix("    ") && !$0.hasPrefix("|") && $0.contains("  ")
        }
        #expect(spaced.isEmpty, "two spaces in a row: \(spaced)")
        // A sentence ends once: no "чел.." or "1)..".
        let doubled = markdown.split(separator: "\n").filter { line in
            line.replacingOccurrences(of: "...", with: "").contains("..") && !line.hasPrefix("    ")
        }
        #expect(doubled.isEmpty, "a doubled period: \(doubled)")
        // Quotes inside quotes take the inner marks.
        for line in markdown.split(separator: "\n") {
            var depth = 0
            for character in line {
                if character == "«" { depth += 1 } else if character == "»" { depth -= 1 }
                #expect(depth <= 1, "nested guillemets: \(line)")
            }
        }
    }

    /// The procurement documents' goldens (`*.procurement.*`) are ProcurementDocumentsTests' cases.
    @Test("Every golden plan is checked: one file a case, and no file without a case")
    func everyGoldenIsACase() throws {
        let names = Set(
            Self.cases.map { $0.example.replacingOccurrences(of: ".yaml", with: "") + ".\($0.language.rawValue).md" })
        let files = try FileManager.default.contentsOfDirectory(atPath: RenderFixtures.goldenFolder.path)
            .filter { $0.hasSuffix(".md") && !$0.contains(".changes.") && !$0.contains(".procurement.") }
        #expect(Set(files) == names)
    }
}
