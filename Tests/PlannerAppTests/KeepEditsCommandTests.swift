import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@testable import PlannerApp

/// Nothing a user does in a plan is lost (cli.md, revision 2): `plan generate` in-process on
/// real files, generated, changed by hand, generated again.
@Suite("Commands: generate keeps ticks and edits")
struct KeepEditsCommandTests {
    /// A temporary folder with the school example as `inv.yaml` and plans in `plans/`.
    struct Setup {
        let folder: TemporaryFolder
        var inventory: String { folder.file("inv.yaml") }
        var out: String { folder.file("plans") }
        var plan: String { folder.file("plans/vologda-school-44/plan.md") }
        var relative: String { "plans/vologda-school-44/plan.md" }

        init() throws {
            folder = try TemporaryFolder()
            let yaml = try String(contentsOfFile: App.example("school-44fz"), encoding: .utf8)
            try folder.write(yaml, to: "inv.yaml")
        }

        func generate(_ extra: [String] = [], files: [String]? = nil) async -> AppRun {
            await App.run(["generate"] + (files ?? [inventory]) + ["--out", out] + App.asOf + extra)
        }

        func text() throws -> String { try folder.read(relative) }
        func bytes() throws -> Data { try Data(contentsOf: URL(fileURLWithPath: plan)) }
        func write(_ text: String) throws { try folder.write(text, to: relative) }

        /// Changes the inventory: `old` must be in it.
        func edit(_ old: String, _ new: String) throws {
            let yaml = try folder.read("inv.yaml")
            #expect(yaml.contains(old), "the example no longer has \(old)")
            try folder.write(yaml.replacingOccurrences(of: old, with: new), to: "inv.yaml")
        }

        /// A third commercial offer: the plan's prices, scores and the quote count change.
        func addQuote() throws {
            try edit(
                "    note: \"КП № КТ-3381 от 02.11.2026\"\n",
                "    note: \"КП № КТ-3381 от 02.11.2026\"\n  iva:\n    annual: 150000\n    date: 2026-11-20\n")
        }

        /// The line that carries `id`, and its 1-based number.
        func line(of id: String, in text: String) -> (number: Int, text: String)? {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let index = lines.firstIndex(where: { $0.hasSuffix("<!-- task:\(id) -->") }) else { return nil }
            return (index + 1, String(lines[index]))
        }

        /// Ticks the lines of `ids` in the written plan.
        func tick(_ ids: [String]) throws {
            var text = try text()
            for id in ids {
                let found = self.line(of: id, in: text)
                let line = try #require(found, "no line carries \(id)")
                #expect(line.text.hasPrefix("- [ ] "))
                text = text.replacingOccurrences(of: line.text, with: "- [x] " + line.text.dropFirst(6))
            }
            try write(text)
        }
    }

    @Test("A ticked task survives regeneration after a new quote, even when its sentence changes")
    func ticksSurviveANewQuote() async throws {
        let setup = try Setup()
        #expect(await setup.generate().status == 0)
        let ids = ["procurement-44fz", "account-close:zoom", "procurement-check:initial-price"]
        try setup.tick(ids)
        let before = try #require(setup.line(of: "procurement-check:initial-price", in: try setup.text()))
        try setup.addQuote()
        let run = await setup.generate()
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        let text = try setup.text()
        for id in ids {
            #expect(setup.line(of: id, in: text)?.text.hasPrefix("- [x] ") == true, "\(id) lost its tick")
        }
        let after = try #require(setup.line(of: "procurement-check:initial-price", in: text))
        #expect(after.text != before.text, "the quote count in the sentence changed, the tick stayed")
        #expect(text.components(separatedBy: "\n- [x] ").count - 1 == ids.count, "no other line is ticked")
        // The same inputs again: the same bytes.
        let written = try setup.bytes()
        #expect(await setup.generate().status == 0)
        #expect(try setup.bytes() == written)
    }

    @Test("A ticked task that leaves the plan moves into the keep block below it, with a warning")
    func aTaskThatLeaves() async throws {
        let setup = try Setup()
        #expect(await setup.generate().status == 0)
        // The decision on the time without a contract leaves once the contract outlasts the cut-over.
        let id = "contract-gap:zoom"
        try setup.tick([id])
        let ticked = try #require(setup.line(of: id, in: try setup.text()))
        try setup.edit("    contract_end: 2027-05-31", "    contract_end: 2028-05-31")
        let run = await setup.generate()
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stderrLines == [
                "\(setup.plan):\(ticked.number):1: warning: the ticked task '\(id)' is no longer in the plan: its line "
                    + "is kept in the keep block 'phase-preparation'"
            ], "\(run)")
        let text = try setup.text()
        #expect(
            text.contains(
                "<!-- plan:keep phase-preparation -->\n\(TaskTicks.retiredNotice)\n\(ticked.text)\n<!-- /plan:keep phase-preparation -->"
            ))
        let again = await setup.generate()
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again)")
        #expect(try setup.text() == text)
    }

    @Test("An edit outside the keep blocks is refused with the file and line; --force saves the old file beside")
    func editsAreRefusedOrSaved() async throws {
        let setup = try Setup()
        #expect(await setup.generate().status == 0)
        var edited = try setup.text()
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        let number = try #require(lines.firstIndex { $0.hasPrefix("## ") }) + 1
        edited = edited.replacingOccurrences(of: String(lines[number - 1]), with: lines[number - 1] + " (наша правка)")
        try setup.write(edited)
        try setup.addQuote()

        let refused = await setup.generate()
        #expect(refused.status == 1)
        #expect(refused.stderrLines.count == 1, "\(refused)")
        #expect(refused.stderr.hasPrefix("\(setup.plan):\(number):1: error: this line («## "), "\(refused)")
        #expect(refused.stderr.contains("--force"))
        #expect(refused.stdout.isEmpty)
        #expect(try setup.text() == edited, "a refused plan is left as it was")

        let forced = await setup.generate(["--force"])
        #expect(forced.status == 0, "\(forced)")
        let backup = setup.folder.file("plans/vologda-school-44/plan.md.1.bak")
        #expect(forced.stderr.contains("overwritten with --force: the old file is saved as \(backup)"), "\(forced)")
        #expect(try setup.folder.read("plans/vologda-school-44/plan.md.1.bak") == edited)
        #expect(try !setup.text().contains("(наша правка)"))

        // A second forced overwrite never replaces the first backup.
        try setup.write(try setup.text().replacingOccurrences(of: "# План", with: "# Наш план"))
        try setup.edit("annual: 150000", "annual: 140000")
        #expect(await setup.generate(["--force"]).status == 0)
        #expect(try setup.folder.read("plans/vologda-school-44/plan.md.1.bak") == edited)
        #expect(try setup.folder.read("plans/vologda-school-44/plan.md.2.bak").contains("# Наш план"))
    }

    @Test("An edit is kept, with a warning, while the plan itself does not change")
    func editsKeptWhileThePlanStays() async throws {
        let setup = try Setup()
        #expect(await setup.generate().status == 0)
        let edited = try setup.text().replacingOccurrences(of: "# План", with: "# Наш план")
        try setup.write(edited)
        let run = await setup.generate()
        #expect(run.status == 0, "\(run)")
        // Line 2: the owner line comes first.
        #expect(run.stderr.hasPrefix("\(setup.plan):2:1: warning: this line («# Наш план"), "\(run)")
        #expect(try setup.text() == edited)
    }

    /// Ways a previous plan can be damaged, with where the error must point.
    static let damages: [(name: String, damage: @Sendable (String) -> [UInt8], line: Int?, column: Int?)] = [
        (
            "a copied notes block",
            { Array(($0 + "<!-- plan:keep notes -->\nкопия\n<!-- /plan:keep notes -->\n").utf8) }, nil, 1
        ),
        (
            "a tab in a marker",
            { Array($0.replacingOccurrences(of: "<!-- plan:keep notes", with: "<!--\tplan:keep notes").utf8) }, nil, 5
        ),
        (
            "a no-break space in a marker",
            { Array($0.replacingOccurrences(of: "<!-- plan:keep notes", with: "<!-- plan:keep\u{A0}notes").utf8) }, nil,
            15
        ),
        (
            "a name with capitals",
            { Array($0.replacingOccurrences(of: "plan:keep notes", with: "plan:keep Notes").utf8) }, nil, 1
        ),
        (
            "a name with a space",
            { Array($0.replacingOccurrences(of: "plan:keep notes", with: "plan:keep my notes").utf8) }, nil, 1
        ),
        (
            "a name over 64 characters",
            {
                Array(
                    $0.replacingOccurrences(
                        of: "plan:keep notes", with: "plan:keep " + String(repeating: "n", count: 65)
                    ).utf8)
            },
            nil, 1
        ),
        (
            "Windows-1251", { text in Array(text.data(using: .windowsCP1251, allowLossyConversion: true) ?? Data()) },
            2, 3
        ),
        ("one stray byte", { Array("# План\n".utf8) + [0xC0] + Array($0.utf8.dropFirst("# План\n".utf8.count)) }, 2, 1),
        ("UTF-16", { [0xFF, 0xFE] + Array($0.data(using: .utf16LittleEndian) ?? Data()) }, 1, 1),
        ("CR-only line endings", { Array($0.replacingOccurrences(of: "\n", with: "\r").utf8) }, 1, nil),
        ("a LINE SEPARATOR", { Array($0.replacingOccurrences(of: "\n\n## ", with: "\n\u{2028}\n## ").utf8) }, nil, 1),
    ]

    @Test(
        "A damaged previous plan is refused with file, line and column; the batch's other plans are written",
        arguments: 0..<damages.count)
    func damagedPlansAreRefused(index: Int) async throws {
        let damage = Self.damages[index]
        let setup = try Setup()
        #expect(await setup.generate().status == 0)
        let bytes = damage.damage(try setup.text())
        try Data(bytes).write(to: URL(fileURLWithPath: setup.plan))
        let run = await setup.generate(["--no-history"], files: [setup.inventory, App.example("private-firm")])
        #expect(run.status == 1, "\(damage.name): \(run)")
        #expect(run.stdoutLines == ["\(setup.out)/ooo-severstroyproekt/plan.md"], "\(damage.name): \(run)")
        let errors = run.stderrLines.filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty && errors.allSatisfy { $0.hasPrefix(setup.plan + ":") }, "\(damage.name): \(run)")
        let place = try #require(errors.first).dropFirst(setup.plan.count + 1).split(separator: ":").prefix(2)
        if let line = damage.line { #expect(place.first.map(String.init) == String(line), "\(damage.name): \(run)") }
        if let column = damage.column {
            #expect(place.last.map(String.init) == String(column), "\(damage.name): \(run)")
        }
        #expect(try [UInt8](setup.bytes()) == bytes, "\(damage.name): the damaged plan must be left as it was")
        // --force saves it byte for byte and writes a fresh plan.
        let forced = await setup.generate(["--no-history", "--force"])
        #expect(forced.status == 0, "\(damage.name): \(forced)")
        let backup = try Data(
            contentsOf: URL(fileURLWithPath: setup.folder.file("plans/vologda-school-44/plan.md.1.bak")))
        #expect([UInt8](backup) == bytes)
        #expect(try KeepBlocks.parse(try setup.text()).get().count >= 6)
    }

    @Test("A plan over 16 MiB is neither read nor written; --force saves the large file beside")
    func sixteenMiB() async throws {
        let setup = try Setup()
        #expect(await setup.generate(["--lang", "en", "--no-history"]).status == 0)
        let line = String(repeating: "x", count: 1023) + "\n"
        func withNotes(_ size: Int) throws -> String {
            let text = try setup.text()
            let lines = String(repeating: line, count: max(0, size - text.utf8.count) / line.utf8.count)
            return text.replacingOccurrences(
                of: "<!-- plan:keep notes -->\n", with: "<!-- plan:keep notes -->\n" + lines)
        }
        // Just under the limit in English: read back fine, but the Russian plan would be larger.
        let large = try withNotes(PlanWriter.maxBytes - 2048)
        #expect(large.utf8.count <= PlanWriter.maxBytes)
        try setup.write(large)
        #expect(await setup.generate(["--lang", "en", "--no-history"]).status == 0)
        let refusedWrite = await setup.generate(["--lang", "ru", "--no-history"])
        #expect(refusedWrite.status == 1)
        #expect(refusedWrite.stderr.contains("would be larger than 16 MiB"), "\(refusedWrite)")
        #expect(try setup.text() == large)

        let tooLarge = try withNotes(PlanWriter.maxBytes + 4096)
        try setup.write(tooLarge)
        let refusedRead = await setup.generate(["--lang", "en", "--no-history"])
        #expect(refusedRead.status == 1)
        #expect(
            refusedRead.stderrLines.first?.hasPrefix("\(setup.plan):1:1: error: the file is larger than 16 MiB")
                == true,
            "\(refusedRead)")
        #expect(try setup.bytes().count == tooLarge.utf8.count)
        let forced = await setup.generate(["--lang", "en", "--no-history", "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(try setup.bytes().count < 1 << 20)
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.plan + ".1.bak")
        #expect((attributes[.size] as? Int) == tooLarge.utf8.count)
    }
}
