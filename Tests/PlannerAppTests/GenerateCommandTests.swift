import Foundation
import PlannerStore
import TestSupport
import Testing

@testable import PlannerApp

/// `plan generate`, in-process: plans written to a temporary folder, `--stdout`, a broken
/// inventory among good ones, and the history it records.
@Suite("Commands: generate")
struct GenerateCommandTests {
    @Test("--stdout prints the golden plan, byte for byte, and writes nothing")
    func stdoutIsTheGoldenPlan() async throws {
        let folder = try TemporaryFolder()
        for (language, golden) in [("ru", "school-44fz.ru.md"), ("en", "school-44fz.en.md")] {
            let run = await App.run(
                [
                    "generate", App.example("school-44fz"), "--stdout", "--no-history", "--lang", language,
                    "--out", folder.file("plans"),
                ] + App.asOf)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
            let expected = try String(
                contentsOf: PackagePaths.goldenFolder.appendingPathComponent(golden), encoding: .utf8)
            #expect(run.stdout == PlanMerge.stamped(expected), "--stdout differs from \(golden) and its stamp")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("Each plan goes to OUT/<id>/plan.md, its path on stdout in argument order, its run in the history")
    func writesPlansAndRecords() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let names = ["school-44fz", "state-company-kii", "private-firm"]
        let run = await App.run(["generate"] + names.map(App.example) + ["--out", out] + App.asOf)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        let ids = ["vologda-school-44", "szsk", "ooo-severstroyproekt"]
        #expect(run.stdoutLines == ids.map { "\(out)/\($0)/plan.md" }, "\(run)")
        let school = try folder.read("plans/vologda-school-44/plan.md")
        let golden = try String(
            contentsOf: PackagePaths.goldenFolder.appendingPathComponent("school-44fz.ru.md"), encoding: .utf8)
        #expect(school == PlanMerge.stamped(golden), "a first plan has no changes section: it is the golden plan")
        let store = try HistoryStore.open(path: out + "/.plan-history.sqlite", create: false)
        for id in ids {
            let runs = try store.runs(organization: id, facts: false)
            #expect(runs.map(\.command) == [.generate], "\(id)")
        }
    }

    @Test("A broken inventory is reported and skipped; the others are written; exit 1")
    func brokenInventoryAmongGoodOnes() async throws {
        let folder = try TemporaryFolder()
        try folder.write(App.invalidInventory, to: "bad.yaml")
        let bad = folder.file("bad.yaml")
        let out = folder.file("plans")
        let run = await App.run(
            ["generate", bad, App.example("private-firm"), "--out", out, "--no-history"] + App.asOf)
        #expect(run.status == 1)
        #expect(run.stdoutLines == ["\(out)/ooo-severstroyproekt/plan.md"])
        #expect(run.stderrLines.count == 3, "\(run)")
        #expect(
            run.stderrLines.first
                == "\(bad):5:11: error: organization.sector: unknown value 'educaton'; did you mean 'education'?")
        #expect(FileManager.default.fileExists(atPath: out + "/ooo-severstroyproekt/plan.md"))
        #expect(!FileManager.default.fileExists(atPath: out + "/.plan-history.sqlite"), "--no-history")
    }

    @Test("A history that cannot be opened: the plan is written, the error printed first, exit 1")
    func brokenHistory() async throws {
        let folder = try TemporaryFolder()
        let garbage = "not a database, just text that is long enough to be read as a header\n"
        try folder.write(garbage, to: "history.sqlite")
        let db = folder.file("history.sqlite")
        let out = folder.file("plans")
        let run = await App.run(["generate", App.example("school-44fz"), "--out", out, "--db", db] + App.asOf)
        #expect(run.status == 1)
        #expect(run.stdoutLines == ["\(out)/vologda-school-44/plan.md"])
        #expect(run.stderrLines.count == 1, "\(run)")
        #expect(run.stderr.hasPrefix("error: \(db) is not a plan history"))
        #expect(try folder.read("history.sqlite") == garbage, "the damaged file is left as it is")
    }

    @Test("--stdout reads the history but never creates or records in it, and keeps the written plan's blocks")
    func stdoutLeavesTheHistoryAlone() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let school = App.example("school-44fz")
        let printed = await App.run(["generate", school, "--stdout", "--out", out] + App.asOf)
        #expect(printed.status == 0, "\(printed)")
        #expect(!FileManager.default.fileExists(atPath: out + "/.plan-history.sqlite"))

        let written = await App.run(["generate", school, "--out", out] + App.asOf)
        #expect(written.status == 0)
        let path = "plans/vologda-school-44/plan.md"
        let edited = try folder.read(path).replacingOccurrences(
            of: "<!-- plan:keep notes -->\n", with: "<!-- plan:keep notes -->\nУтверждено директором.\n")
        try folder.write(edited, to: path)
        let again = await App.run(["generate", school, "--stdout", "--out", out] + App.asOf)
        #expect(again.status == 0)
        #expect(again.stdout.contains("<!-- plan:keep notes -->\nУтверждено директором.\n"))
        let runs = try HistoryStore.open(path: out + "/.plan-history.sqlite", create: false)
            .runs(organization: "vologda-school-44", facts: false)
        #expect(runs.count == 1, "only the written plan was recorded")
    }

    @Test("Templates that do not parse are invalid input, reported with their file")
    func brokenTemplates() async throws {
        let folder = try TemporaryFolder()
        try folder.write("{{#summary}}\n", to: "templates/ru/plan.mustache")
        let run = await App.run(
            [
                "generate", App.example("school-44fz"), "--stdout", "--no-history", "--lang", "ru",
                "--templates", folder.file("templates"),
            ] + App.asOf)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("plan.mustache"), "\(run)")
        #expect(run.stderr.contains("error:"))
    }

    @Test("On a terminal, a progress line on stderr is redrawn and wiped; never when stderr is a file")
    func progressLine() async throws {
        let folder = try TemporaryFolder()
        let files = [App.example("school-44fz"), App.example("private-firm")]
        let arguments = ["generate"] + files + ["--out", folder.file("plans"), "--no-history"] + App.asOf
        let terminal = await App.run(arguments, terminals: [.standardError])
        #expect(terminal.status == 0)
        #expect(terminal.stderr.contains("\rgenerating 2/2"), "\(terminal.stderr.debugDescription)")
        #expect(terminal.stderr.hasSuffix("\r\u{1B}[K"), "the line is wiped at the end")
        #expect(terminal.stdoutLines.count == 2)
        let file = await App.run(arguments)
        #expect(file.stderr.isEmpty)
    }
}
