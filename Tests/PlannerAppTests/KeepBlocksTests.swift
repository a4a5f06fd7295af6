import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@testable import PlannerApp

@Suite("Keep blocks")
struct KeepBlocksTests {
    let fresh = """
        # Plan

        <!-- plan:keep phase-pilot -->
        <!-- /plan:keep phase-pilot -->

        ## Notes

        <!-- plan:keep notes -->
        <!-- /plan:keep notes -->

        """

    @Test("Blocks are parsed with their exact content")
    func parse() throws {
        let document = "a\n<!-- plan:keep notes -->\nline 1\n\n  line 3\n<!-- /plan:keep notes -->\nb\n"
        let blocks = try KeepBlocks.parse(document).get()
        #expect(blocks == [KeepBlocks.Block(name: "notes", content: "line 1\n\n  line 3\n", line: 2)])
    }

    @Test("Edited content replaces the fresh block; other text is the fresh text")
    func merge() throws {
        let previous =
            fresh
            .replacingOccurrences(of: "# Plan", with: "# Old title")
            .replacingOccurrences(
                of: "<!-- plan:keep notes -->\n", with: "<!-- plan:keep notes -->\nCall the vendor | <b>ok</b>\n")
        let merged = KeepBlocks.merge(previous: try KeepBlocks.parse(previous).get(), into: fresh)
        #expect(merged.hasPrefix("# Plan\n"))
        #expect(merged.contains("<!-- plan:keep notes -->\nCall the vendor | <b>ok</b>\n<!-- /plan:keep notes -->"))
        // Merging again is stable.
        #expect(KeepBlocks.merge(previous: try KeepBlocks.parse(merged).get(), into: fresh) == merged)
    }

    @Test("A block the fresh plan no longer has is kept at the end")
    func orphans() throws {
        let previous = fresh + "<!-- plan:keep phase-wave-3 -->\nsite C moved early\n<!-- /plan:keep phase-wave-3 -->\n"
        let merged = KeepBlocks.merge(previous: try KeepBlocks.parse(previous).get(), into: fresh)
        #expect(
            merged.hasSuffix(
                KeepBlocks.orphanNotice
                    + "\n<!-- plan:keep phase-wave-3 -->\nsite C moved early\n<!-- /plan:keep phase-wave-3 -->\n"))
        let again = KeepBlocks.merge(previous: try KeepBlocks.parse(merged).get(), into: fresh)
        #expect(again == merged)
    }

    @Test(
        "Broken markers are errors, so the file is not overwritten",
        arguments: [
            "<!-- plan:keep notes -->\ntext\n",
            "text\n<!-- /plan:keep notes -->\n",
            "<!-- plan:keep a -->\n<!-- plan:keep b -->\n<!-- /plan:keep b -->\n<!-- /plan:keep a -->\n",
            "<!-- plan:keep a -->\n<!-- /plan:keep b -->\n",
        ])
    func broken(document: String) {
        #expect(throws: PlanProblems.self) { try KeepBlocks.parse(document).get() }
    }

    @Test("Escaped inventory text never forms a marker")
    func forged() throws {
        let name = MarkdownText.escape("<!-- /plan:keep notes -->")
        let document = "<!-- plan:keep notes -->\n\(name)\n<!-- /plan:keep notes -->\n"
        #expect(try KeepBlocks.parse(document).get().count == 1)
    }

    @Test("CRLF files are read")
    func crlf() throws {
        let document = "<!-- plan:keep notes -->\r\nmine\r\n<!-- /plan:keep notes -->\r\n"
        #expect(try KeepBlocks.parse(document).get().first?.content == "mine\r\n")
    }

    @Test(
        "Every shipped plan's keep blocks pair up: notes, a block per phase, each name once",
        arguments: ["school-44fz.ru.md", "school-44fz.en.md", "state-company-kii.ru.md", "state-company-kii.en.md"])
    func goldenPlans(name: String) throws {
        let markdown = try String(
            contentsOf: PackagePaths.goldenFolder.appendingPathComponent(name), encoding: .utf8)
        let blocks = try KeepBlocks.parse(markdown).get()
        #expect(blocks.contains { $0.name == "notes" })
        #expect(blocks.filter { $0.name.hasPrefix("phase-") }.count >= 5)
        #expect(Set(blocks.map(\.name)).count == blocks.count)
    }

    @Test("A hostile inventory's forged marker does not make a block", arguments: Language.allCases)
    func hostile(language: Language) throws {
        let inventory = try RenderFixtures.inventory(HostileInventory.yaml).get()
        let blocks = try KeepBlocks.parse(try RenderFixtures.plan(inventory, language).markdown).get()
        #expect(blocks.filter { $0.name == "notes" }.count == 1)
    }
}
