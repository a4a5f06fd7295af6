import Foundation
import PlannerApp
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@Suite("Keep blocks survive regeneration")
struct KeepRegenerationTests {
    /// Generate, write, edit blocks in the written file, generate again: the edits are still there.
    @Test func editedBlocksSurvive() throws {
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.path)
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let id = inventory.organization.id
        func generateAndWrite() throws -> String {
            var text = try RenderFixtures.plan(inventory).markdown
            if let previous = try writer.existingPlan(for: id) {
                text = KeepBlocks.merge(previous: try KeepBlocks.parse(previous).get(), into: text)
            }
            try writer.write(text, for: id)
            return text
        }
        let first = try generateAndWrite()
        let path = "\(id)/plan.md"
        var edited = try folder.read(path)
        edited = edited.replacingOccurrences(
            of: "<!-- plan:keep notes -->\n",
            with:
                "<!-- plan:keep notes -->\nДиректор утвердил план 01.12.2026.\n\n| Контакт | Телефон |\n| --- | --- |\n| TrueConf | +7 000 |\n"
        )
        edited = edited.replacingOccurrences(
            of: "<!-- plan:keep phase-pilot -->\n",
            with: "<!-- plan:keep phase-pilot -->\n- [x] Пилотная группа собрана (7 «В»)\n")
        // Text outside the blocks is the tool's: a change there is not kept.
        edited = edited.replacingOccurrences(of: "## Кратко", with: "## Кратко (правка вне блока)")
        try folder.write(edited, to: path)

        let second = try generateAndWrite()
        #expect(
            second.contains("<!-- plan:keep notes -->\nДиректор утвердил план 01.12.2026.\n\n| Контакт | Телефон |\n"))
        #expect(
            second.contains(
                "<!-- plan:keep phase-pilot -->\n- [x] Пилотная группа собрана (7 «В»)\n<!-- /plan:keep phase-pilot -->"
            ))
        #expect(!second.contains("правка вне блока"))
        #expect(try folder.read(path) == second)
        // A third run changes nothing.
        #expect(try generateAndWrite() == second)
        // Without edits the plan is the fresh one.
        #expect(first == (try RenderFixtures.plan(inventory).markdown))
    }
}
