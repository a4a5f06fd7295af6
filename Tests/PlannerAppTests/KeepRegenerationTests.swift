import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@testable import PlannerApp

@Suite("Keep blocks survive regeneration")
struct KeepRegenerationTests {
    /// Generate, write, edit blocks in the written file, generate again: the edits are still there.
    @Test func editedBlocksSurvive() throws {
        let folder = try TemporaryFolder()
        let writer = PlanWriter(directory: folder.path)
        let inventory = try RenderFixtures.example("school-44fz.yaml")
        let id = inventory.organization.id
        func generateAndWrite() throws -> PlanMerge {
            let merge = PlanMerge.make(
                previous: try writer.previousBytes(for: id), fresh: try RenderFixtures.plan(inventory).markdown,
                force: false)
            if let text = merge.text { try writer.write(text, for: id) }
            return merge
        }
        let first = try #require(try generateAndWrite().text)
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
        try folder.write(edited, to: path)

        let second = try #require(try generateAndWrite().text)
        #expect(
            second.contains("<!-- plan:keep notes -->\nДиректор утвердил план 01.12.2026.\n\n| Контакт | Телефон |\n"))
        #expect(
            second.contains(
                "<!-- plan:keep phase-pilot -->\n- [x] Пилотная группа собрана (7 «В»)\n<!-- /plan:keep phase-pilot -->"
            ))
        #expect(try folder.read(path) == second)
        // A third run changes nothing.
        #expect(try generateAndWrite().text == second)
        // Without edits the plan is the fresh one, stamped.
        #expect(first == PlanMerge.stamped(try RenderFixtures.plan(inventory).markdown))
    }
}
