import Foundation
import Testing

/// Ticks and edits are never lost (cli.md, revision 2): the built binary, on real files.
@Suite("plan generate keeps ticks and edits (end to end)")
struct KeepEditsTests {
    static let asOf = ["--as-of", "2026-11-29"]

    @Test func aTickSurvivesAQuoteAndAnEditIsRefusedThenForced() throws {
        let root = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inventory = root.appendingPathComponent("inv.yaml")
        var yaml = try String(contentsOfFile: "Examples/school-44fz.yaml", encoding: .utf8)
        try yaml.write(to: inventory, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("plans")
        let arguments = ["generate"] + Self.asOf + ["--out", out.path, inventory.path]
        #expect(try BinaryRunner().run(arguments).exitCode == 0)
        let file = out.appendingPathComponent("vologda-school-44/plan.md")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains("\n- [ ] Провести закупку по 44-ФЗ"), "checklist lines still start with - [ ]")
        try written.replacingOccurrences(
            of: "\n- [ ] Провести закупку по 44-ФЗ", with: "\n- [x] Провести закупку по 44-ФЗ"
        )
        .write(to: file, atomically: true, encoding: .utf8)
        // A new commercial offer.
        yaml = yaml.replacingOccurrences(of: "    annual: 96000", with: "    annual: 90000")
        try yaml.write(to: inventory, atomically: true, encoding: .utf8)
        let second = try BinaryRunner().run(arguments)
        #expect(second.exitCode == 0 && second.stderr.isEmpty, "\(second)")
        var text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\n- [x] Провести закупку по 44-ФЗ"))
        #expect(text != written.replacingOccurrences(of: "- [ ] Провести", with: "- [x] Провести"), "the plan changed")

        // An edit outside the keep blocks, then another offer: refused, named, left alone.
        text = text.replacingOccurrences(of: "\n## Кратко\n", with: "\n## Кратко (ред.)\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex(of: "## Кратко (ред.)").map { $0 + 1 } ?? 0
        yaml = yaml.replacingOccurrences(of: "    annual: 90000", with: "    annual: 91000")
        try yaml.write(to: inventory, atomically: true, encoding: .utf8)
        let refused = try BinaryRunner().run(arguments)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.hasPrefix("\(file.path):\(line):1: error: this line («## Кратко (ред.)»)"), "\(refused)")
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let forced = try BinaryRunner().run(arguments + ["--force"])
        #expect(forced.exitCode == 0, "\(forced)")
        let backup = out.appendingPathComponent("vologda-school-44/plan.md.1.bak")
        #expect(try String(contentsOf: backup, encoding: .utf8) == text)
        let regenerated = try String(contentsOf: file, encoding: .utf8)
        #expect(!regenerated.contains("(ред.)") && regenerated.contains("\n- [x] Провести закупку по 44-ФЗ"))
    }

    @Test func aPlanWithCROnlyLineEndingsIsNotOverwritten() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = ["generate", "--no-history"] + Self.asOf + ["--out", out.path, "Examples/school-44fz.yaml"]
        #expect(try BinaryRunner().run(arguments).exitCode == 0)
        let file = out.appendingPathComponent("vologda-school-44/plan.md")
        let mac = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r")
        try mac.write(to: file, atomically: true, encoding: .utf8)
        let run = try BinaryRunner().run(arguments)
        #expect(run.exitCode == 1)
        #expect(run.stderr.hasPrefix("\(file.path):1:"), "\(run)")
        #expect(run.stderr.contains("CR alone"))
        #expect(try String(contentsOf: file, encoding: .utf8) == mac)
    }
}
