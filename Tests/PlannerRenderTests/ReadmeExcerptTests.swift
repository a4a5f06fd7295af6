import Foundation
import TestSupport
import Testing

/// The README shows the start of the school's plan: it must be the golden plan's text, so the
/// README never shows a plan the tool no longer writes.
@Suite struct ReadmeExcerptTests {
    @Test func theReadmeQuotesTheGoldenSummaryAndTimeline() throws {
        let readme = try String(
            contentsOf: RenderFixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let golden = try String(
            contentsOf: RenderFixtures.goldenFolder.appendingPathComponent("school-44fz.ru.md"), encoding: .utf8)
        let summary = try #require(golden.range(of: "## Кратко")).lowerBound
        let legal = try #require(golden.range(of: "## Правовые ограничения")).lowerBound
        let excerpt = golden[summary..<legal].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(readme.contains(excerpt), "re-copy the summary of Golden/school-44fz.ru.md into README.md")
        let table = try #require(golden.range(of: "| № | Этап | Начало")).lowerBound
        let tableEnd = try #require(golden.range(of: "\n\n", range: table..<golden.endIndex)).lowerBound
        #expect(readme.contains(golden[table..<tableEnd]), "re-copy the timeline table into README.md")
    }

    /// The README says how many sections a first plan has, and that the next one has one more:
    /// the counts of the golden plans (a first plan, and one with "Changes since the last plan").
    @Test func theReadmeCountsTheSectionsOfAFirstPlan() throws {
        let readme = try String(
            contentsOf: RenderFixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        func sections(_ name: String) throws -> Int {
            let text = try String(
                contentsOf: RenderFixtures.goldenFolder.appendingPathComponent(name), encoding: .utf8)
            return text.split(separator: "\n").filter { $0.hasPrefix("## ") }.count
        }
        let first = try sections("school-44fz.en.md")
        #expect(try sections("school-44fz.ru.md") == first)
        #expect(try sections("school-44fz.changes.ru.md") == first + 1)
        #expect(
            readme.contains("A first plan has \(first) sections"), "README.md: say 'A first plan has \(first) sections'"
        )
        #expect(readme.contains("a \(first + 1)th section says what changed"))
    }
}
