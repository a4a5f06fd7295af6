import Foundation
import PlannerCore
import PlannerRender
import Testing

/// Inventory text is never trusted: names with pipes, HTML, links and newlines stay inert text,
/// every table keeps its columns, the chart parses, and the plan lands in the right folder.
@Suite("Hostile inventory text")
struct RenderHostileInventoryTests {
    static let yaml = #"""
        schema: 1
        organization:
          name: "../../etc/passwd | <script>alert(1)</script> [x](javascript:alert(1)) **bold** `code`\n- item\n# heading <!-- /plan:keep notes -->"
          country: RU
          sector: education
          ownership: municipal
          users: 100
          deadline: 2027-09-01
          sites:
            - name: "Site | A: <img src=x onerror=alert(1)>; #1 %% ```"
              users: 60
              room_systems: 1
            - name: "Site\nB ](javascript:alert(2)) \\| | |"
              users: 40
        services:
          - product: zoom
            plan: "Pro | <b>x</b>\n1. list"
            annual_cost: 100000
            contract_end: 2027-06-30
            usage: {recordings_gb: 10}
            features_used: [breakout_rooms, interop.sip]
        quotes:
          trueconf:
            annual: 50000
            note: "КП | <script>x</script> ![img](javascript:x)"
        plan:
          language: ru
          start: 2027-01-11
          blackouts:
            - {from: 2027-03-01, to: 2027-03-05, reason: "reason | <i>x</i> [l](javascript:y)"}
        """#

    @Test("A hostile inventory gives a clean plan in both languages")
    func cleanPlan() throws {
        let inventory = try RenderFixtures.inventory(Self.yaml).get()
        #expect(Slug.isValid(inventory.organization.id))
        for language in Language.allCases {
            let markdown = try RenderFixtures.plan(inventory, language).markdown
            #expect(MarkdownTable.brokenRows(in: markdown).isEmpty, "\(MarkdownTable.brokenRows(in: markdown))")
            #expect(MermaidCheck.problems(in: markdown).isEmpty, "\(MermaidCheck.problems(in: markdown))")
            for raw in [
                "<script", "<img", "<b>", "<i>", "](javascript:", "**bold**", "`code`", "\n- item", "\n# heading",
            ] {
                #expect(!markdown.contains(raw), "\(language): raw \(raw) in the plan")
            }
            // The keep markers are the template's only: the name's fake marker is escaped.
            let blocks = try KeepBlocks.parse(markdown).get()
            #expect(blocks.filter { $0.name == "notes" }.count == 1)
        }
    }

    @Test("The plan is written inside the output folder, under the slug")
    func writtenInside() throws {
        let inventory = try RenderFixtures.inventory(Self.yaml).get()
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.file("plans"))
        let path = try writer.write(try RenderFixtures.plan(inventory).markdown, for: inventory.organization.id)
        #expect(path == folder.file("plans/\(inventory.organization.id)/plan.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plans"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.file("plans")) == [inventory.organization.id])
    }

    @Test("An id that tries to leave the folder is refused by the loader and by the writer")
    func idAttempt() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "  country: RU", with: "  id: \"../../evil\"\n  country: RU")
        guard case .failure(let error) = RenderFixtures.inventory(yaml) else {
            Issue.record("an id with ../ was accepted")
            return
        }
        #expect(error.diagnostics.contains { $0.message.contains("organization.id") })
        let folder = try TemporaryFolder()
        #expect(throws: PlanWriter.Failure.self) {
            try PlanWriter(directory: folder.path).write("x", for: "../../evil")
        }
    }
}
