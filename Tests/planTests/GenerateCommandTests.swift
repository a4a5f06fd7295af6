import Foundation
import Testing

/// `plan generate` run as a user would: the built binary, from the package root.
@Suite("plan generate (end to end)")
struct GenerateCommandTests {
    static let asOf = ["--as-of", "2026-11-29"]

    @Test func aBatchWithOneBrokenFileWritesTheOthersAndExits1() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let broken = out.appendingPathComponent("broken.yaml")
        try "schema: 1\norganization:\n  name: \"x\"\n  sector: educaton\n".write(
            to: broken, atomically: true, encoding: .utf8)
        let output = try BinaryRunner().run(
            ["generate"] + Self.asOf + [
                "--out", out.appendingPathComponent("plans").path,
                "Examples/school-44fz.yaml", broken.path, "Examples/state-company-kii.yaml",
            ])
        #expect(output.exitCode == 1, "\(output)")
        let plans = out.appendingPathComponent("plans").path
        #expect(output.stdoutLines == ["\(plans)/vologda-school-44/plan.md", "\(plans)/szsk/plan.md"])
        #expect(output.stderrLines.allSatisfy { $0.hasPrefix(broken.path + ":") }, "\(output)")
        #expect(output.stderr.contains("error:"))
        #expect(FileManager.default.fileExists(atPath: "\(plans)/vologda-school-44/plan.md"))
        #expect(FileManager.default.fileExists(atPath: "\(plans)/szsk/plan.md"))
        // Besides the plans, the folder holds the run history (and, while open, its journal).
        let entries = try FileManager.default.contentsOfDirectory(atPath: plans).sorted()
        #expect(entries.filter { !$0.hasPrefix(".plan-history.sqlite") } == ["szsk", "vologda-school-44"])
        #expect(entries.contains(".plan-history.sqlite"))
    }

    @Test func keepBlocksSurviveRegenerationAndStdoutMatchesTheFile() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = ["generate"] + Self.asOf + ["--out", out.path, "Examples/school-44fz.yaml"]
        let first = try BinaryRunner().run(arguments)
        #expect(first.exitCode == 0, "\(first)")
        let file = out.appendingPathComponent("vologda-school-44/plan.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "<!-- plan:keep notes -->\n", with: "<!-- plan:keep notes -->\nОтветственный: Иванова И. И.\n")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let second = try BinaryRunner().run(arguments)
        #expect(second.exitCode == 0, "\(second)")
        let regenerated = try String(contentsOf: file, encoding: .utf8)
        #expect(
            regenerated.contains("<!-- plan:keep notes -->\nОтветственный: Иванова И. И.\n<!-- /plan:keep notes -->"))
        let printed = try BinaryRunner().run(
            ["generate"] + Self.asOf + ["--out", out.path, "--stdout", "Examples/school-44fz.yaml"])
        #expect(printed.exitCode == 0)
        #expect(printed.stdout == regenerated)
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        // --no-history: a history in the package's plans/ must not add a section.
        let a = try BinaryRunner().run(
            ["generate", "--no-history"] + Self.asOf + ["--stdout", "--lang", "en", "Examples/state-company-kii.yaml"])
        let b = try BinaryRunner().run(
            ["generate", "--no-history"] + Self.asOf + ["--stdout", "--lang", "en", "Examples/state-company-kii.yaml"])
        #expect(a.exitCode == 0, "\(a)")
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.hasPrefix("<!-- plan:organization "))
        #expect(a.stdout.contains("-->\n# Migration plan to domestic videoconferencing: "))
    }

    @Test func stdoutTakesOneFile() throws {
        let output = try BinaryRunner().run([
            "generate", "--no-history", "--stdout", "Examples/school-44fz.yaml", "Examples/state-company-kii.yaml",
        ])
        #expect(output.exitCode == 64, "\(output)")
        #expect(output.stderr.contains("--stdout"))
    }

    @Test func twoInventoriesWithOneIDKeepTheFirstAndExit1() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let output = try BinaryRunner().run(
            ["generate"] + Self.asOf + [
                "--out", out.path, "Examples/school-44fz.yaml", "Examples/school-44fz.yaml",
            ])
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stdoutLines == ["\(out.path)/vologda-school-44/plan.md"])
        #expect(
            output.stderr.contains("organization id 'vologda-school-44' is also the id of Examples/school-44fz.yaml"))
    }

    @Test func aBrokenUserTemplateNamesItsFileAndExits1() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("ru/partials/summary.mustache")
        try FileManager.default.createDirectory(
            at: template.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT}}\n## Кратко\n{{#ready}}\n".write(to: template, atomically: true, encoding: .utf8)
        let output = try BinaryRunner().run(
            ["generate", "--no-history"] + Self.asOf + [
                "--templates", folder.path, "--lang", "ru", "--stdout", "Examples/school-44fz.yaml",
            ])
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("\(template.path):"), "\(output)")
        #expect(output.stderr.contains(": error: template error: "))
    }

    @Test func aPlanWithBrokenKeepMarkersIsNotOverwritten() throws {
        let out = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = out.appendingPathComponent("vologda-school-44")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("plan.md")
        let handWritten = "# Plan\n\n<!-- plan:keep notes -->\nImportant text, never closed\n"
        try handWritten.write(to: file, atomically: true, encoding: .utf8)
        let output = try BinaryRunner().run(
            ["generate"] + Self.asOf + ["--out", out.path, "Examples/school-44fz.yaml"])
        #expect(output.exitCode == 1, "\(output)")
        #expect(
            output.stderr.contains(
                "\(out.path)/vologda-school-44/plan.md:3:1: error: keep block 'notes' is never closed"))
        #expect(try String(contentsOf: file, encoding: .utf8) == handWritten)
    }
}
