import Foundation
import PlannerCore
import PlannerStore
import TestSupport
import Testing

@testable import PlannerApp

/// `plan history` and `plan diff`, in-process, over a real SQLite history that `plan compare`
/// and `plan generate` filled.
@Suite("Commands: history and diff")
struct HistoryDiffCommandTests {
    /// Fills `folder/plans/.plan-history.sqlite` with two runs of the school (a plan as of
    /// 2026-11-29, then a comparison as of 2027-02-01 with TrueConf's quote raised) and returns
    /// the plans folder.
    static func recordTwoRuns(in folder: TemporaryFolder) async throws -> String {
        let out = folder.file("plans")
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school.yaml")
        let first = await App.run(["generate", folder.file("school.yaml"), "--out", out] + App.asOf)
        try #require(first.status == 0, "\(first)")
        try folder.write(try ChangesFixtures.schoolInventory(trueconfQuote: 150000), to: "school.yaml")
        let second = await App.run(
            [
                "compare", folder.file("school.yaml"), "--out", out, "--as-of", "2027-02-01", "--format", "json",
                "--record",
            ])
        try #require(second.status == 0, "\(second)")
        return out
    }

    @Test("history: the runs newest first, as a table and as JSON")
    func history() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.recordTwoRuns(in: folder)
        let table = await App.run(["history", "vologda-school-44", "--out", out])
        #expect(table.status == 0 && table.stderr.isEmpty, "\(table)")
        #expect(table.stdoutLines.count == 4, "\(table)")
        #expect(table.stdoutLines[0].hasPrefix("run"))
        #expect(table.stdoutLines[2].hasPrefix("2    2027-02-01  compare"), "\(table)")
        #expect(table.stdoutLines[3].hasPrefix("1    2026-11-29  generate"), "\(table)")

        let json = await App.run(["history", "vologda-school-44", "--out", out, "--format", "json"])
        #expect(json.status == 0)
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(runs.map { $0["id"] as? Int } == [2, 1])
        #expect(runs.map { $0["command"] as? String } == ["compare", "generate"])
        #expect(runs.allSatisfy { $0["tool_version"] as? String == ToolVersion.current })
    }

    @Test("history: an organization without runs, with the closest ids; a history that does not exist")
    func historyFailures() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.recordTwoRuns(in: folder)
        let typo = await App.run(["history", "vologda-school-4", "--out", out])
        #expect(typo.status == 1)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.hasPrefix("error: no runs of 'vologda-school-4' in \(out)/.plan-history.sqlite"))
        #expect(typo.stderr.contains("vologda-school-44"), "the hint names the recorded id")

        let missing = folder.file("none.sqlite")
        let none = await App.run(["history", "vologda-school-44", "--db", missing])
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("error: no history at \(missing): "), "\(none)")
        #expect(!FileManager.default.fileExists(atPath: missing), "reading never creates a history")
    }

    @Test("diff: what changed between the last two runs, and between runs named by id")
    func diff() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.recordTwoRuns(in: folder)
        let run = await App.run(["diff", "vologda-school-44", "--out", out])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        #expect(
            run.stdout.hasPrefix(
                "Changes for vologda-school-44 (МБОУ «Средняя общеобразовательная школа № 44» г. Вологды)\n"))
        #expect(run.stdout.contains("  from run 1 (generate, as of 2026-11-29, plan "))
        #expect(run.stdout.contains("    to run 2 (compare, as of 2027-02-01, plan "))
        #expect(run.stdout.contains("  - The inventory changed ("))
        #expect(
            run.stdout.contains(
                "Three-year cost\n  - TrueConf Server (trueconf): 928,000 RUB → 1,090,000 RUB\n"))

        let named = await App.run(["diff", "vologda-school-44", "1", "2", "--out", out])
        #expect(named.status == 0)
        #expect(named.stdout == run.stdout)
    }

    @Test("diff speaks the locale's language, or --lang's; the same changes in each")
    func diffLanguage() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.recordTwoRuns(in: folder)
        let russian = await App.run(["diff", "vologda-school-44", "--out", out], locale: .ru)
        #expect(russian.status == 0 && russian.stderr.isEmpty, "\(russian)")
        #expect(
            russian.stdout.hasPrefix(
                "Изменения для vologda-school-44 (МБОУ «Средняя общеобразовательная школа № 44» г. Вологды)\n"))
        #expect(russian.stdout.contains("  было: запуск 1 (generate, на 29.11.2026, plan "))
        #expect(russian.stdout.contains("  - Инвентаризация изменилась ("))
        #expect(
            russian.stdout.contains(
                "Стоимость за три года\n  - TrueConf Server (trueconf): 928 000 ₽ → 1 090 000 ₽\n"))
        #expect(russian.stdout.contains("годовая стоимость: 196 000 ₽ → 250 000 ₽"))
        #expect(!russian.stdout.contains("Changes") && !russian.stdout.contains("Three-year"))
        let flag = await App.run(["diff", "vologda-school-44", "--out", out, "--lang", "ru"])
        #expect(flag.stdout == russian.stdout, "--lang ru without a Russian locale")
        let english = await App.run(["diff", "vologda-school-44", "--out", out, "--lang", "en"], locale: .ru)
        #expect(english.stdout.hasPrefix("Changes for vologda-school-44"), "--lang wins over the locale")
    }

    @Test("diff without ids skips the runs repeated with the same inputs, and says when every run has them")
    func diffSkipsRepeatedInputs() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.recordTwoRuns(in: folder)
        // Run 3 repeats run 2 (same inventory, catalog, as-of date and version): the default
        // diff is still run 1 → run 3, not the empty run 2 → run 3.
        let repeated = await App.run(
            ["compare", folder.file("school.yaml"), "--out", out, "--as-of", "2027-02-01", "--record"])
        try #require(repeated.status == 0, "\(repeated)")
        let run = await App.run(["diff", "vologda-school-44", "--out", out])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        #expect(run.stdout.contains("  from run 1 (generate, as of 2026-11-29, plan "), "\(run)")
        #expect(run.stdout.contains("    to run 3 (compare, as of 2027-02-01, plan "), "\(run)")
        #expect(run.stdout.contains("Three-year cost\n"))

        let same = try TemporaryFolder()
        let sameOut = same.file("plans")
        for _ in 0..<2 {
            let again = await App.run(
                ["compare", App.example("private-firm"), "--out", sameOut, "--record"] + App.asOf)
            try #require(again.status == 0, "\(again)")
        }
        let nothing = await App.run(["diff", "ooo-severstroyproekt", "--out", sameOut])
        #expect(nothing.status == 1)
        #expect(
            nothing.stderr
                == "error: every run of 'ooo-severstroyproekt' in \(sameOut)/.plan-history.sqlite has the inputs of the "
                + "newest (run 2): the same inventory, catalog, as-of date and plan version, so nothing changed; "
                + "plan diff ooo-severstroyproekt RUN_A RUN_B compares two runs by id (plan history lists them)\n",
            "\(nothing)")
        let byID = await App.run(["diff", "ooo-severstroyproekt", "1", "2", "--out", sameOut])
        #expect(byID.status == 0, "ids still compare any two runs: \(byID)")
    }

    @Test("diff: one run only, a run that does not exist, a run of another organization")
    func diffFailures() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        let one = await App.run(["compare", App.example("private-firm"), "--out", out, "--record"] + App.asOf)
        try #require(one.status == 0)
        let single = await App.run(["diff", "ooo-severstroyproekt", "--out", out])
        #expect(single.status == 1)
        #expect(
            single.stderr
                == "error: 'ooo-severstroyproekt' has only one run in \(out)/.plan-history.sqlite (run 1); plan diff "
                + "needs two: run plan generate (or plan compare --record) again after a change\n"
        )
        let other = await App.run(["compare", App.example("school-44fz"), "--out", out, "--record"] + App.asOf)
        try #require(other.status == 0)
        let absent = await App.run(["diff", "ooo-severstroyproekt", "7", "--out", out])
        #expect(absent.status == 1)
        #expect(absent.stderr.hasPrefix("error: no run 7 in \(out)/.plan-history.sqlite; "))
        let foreign = await App.run(["diff", "ooo-severstroyproekt", "2", "--out", out])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.hasPrefix("error: run 2 is a run of 'vologda-school-44', not of 'ooo-severstroyproekt'"))
    }
}
