import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@Suite("Rendering is deterministic")
struct RenderDeterminismTests {
    @Test("The same inputs give the same bytes, sequentially and from many tasks at once")
    func sameBytes() async throws {
        let inventories = try [
            "school-44fz.yaml", "state-company-kii.yaml", "university-gis.yaml", "private-firm.yaml",
            "kz-state-body.yaml",
        ].map(RenderFixtures.example)
        let first = try inventories.map { try RenderFixtures.plan($0).markdown }
        let second = try inventories.map { try RenderFixtures.plan($0).markdown }
        #expect(first == second)
        let generator = RenderFixtures.generator
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, inventory) in inventories.enumerated() {
                for _ in 0..<4 {
                    group.addTask { (index, generator.generate(inventory)?.markdown ?? "") }
                }
            }
            var results: [(Int, String)] = []
            for await result in group { results.append(result) }
            return results
        }
        for (index, markdown) in parallel {
            #expect(markdown == first[index])
        }
    }

    @Test(
        "Every example renders in both languages without a broken table or chart",
        arguments: [
            "school-44fz.yaml", "state-company-kii.yaml", "university-gis.yaml", "private-firm.yaml",
            "kz-state-body.yaml",
        ])
    func examples(name: String) throws {
        for language in Language.allCases {
            let markdown = try RenderFixtures.plan(RenderFixtures.example(name), language).markdown
            #expect(
                MarkdownTable.brokenRows(in: markdown).isEmpty,
                "\(name) \(language): \(MarkdownTable.brokenRows(in: markdown))")
            #expect(
                MermaidCheck.problems(in: markdown).isEmpty,
                "\(name) \(language): \(MermaidCheck.problems(in: markdown))")
            #expect(!markdown.contains("{{"))
        }
    }
}
