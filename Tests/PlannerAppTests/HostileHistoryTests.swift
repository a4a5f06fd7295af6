import Foundation
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@testable import PlannerApp
@testable import PlannerStore

/// The run history as hostile input (issue #16, second round), in-process over real SQLite
/// files: values plan never writes, a planted link, another program's database, and a
/// writer holding the lock. The SQL that damages a history is in
/// `Tests/planTests/Fixtures/hostile/history/`.
@Suite("Hostile history (issue #16)")
struct HostileHistoryTests {
    /// A plans folder with one plan of the school as of 2026-11-29 and its run; returns it.
    static func history(in folder: TemporaryFolder) async throws -> String {
        let out = folder.file("plans")
        let first = await App.run(["generate", App.example("school-44fz"), "--out", out] + App.asOf)
        try #require(first.status == 0, "\(first)")
        return out
    }

    /// Runs a fixture's SQL on a history file, outside any store.
    static func damage(_ path: String, with fixture: String) throws {
        let sql = try String(contentsOf: PackagePaths.hostile("history/\(fixture)"), encoding: .utf8)
        try HistoryStore.executeOutsideStore(path: path, sql)
    }

    // MARK: - 1. Scores that would trap

    @Test(
        "1: a score of infinity or 1e300 in the history: plan diff and plan generate report it, no trap",
        arguments: ["infinite-score.sql", "huge-score.sql"])
    func scoresThatWouldTrap(fixture: String) async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.history(in: folder)
        let path = out + "/.plan-history.sqlite"
        // A second run, so that plan diff has two to compare.
        let second = await App.run(
            ["compare", App.example("school-44fz"), "--record", "--out", out, "--as-of", "2027-02-01"])
        try #require(second.status == 0, "\(second)")
        try Self.damage(path, with: fixture)

        let diff = await App.run(["diff", "vologda-school-44", "--out", out])
        #expect(diff.status == 1, "\(diff)")
        #expect(diff.stderr.hasPrefix("error: the history \(path) is damaged (run "), "\(diff)")
        #expect(diff.stderr.contains("score") || diff.stderr.contains("cost"), "\(diff)")

        let generate = await App.run(["generate", App.example("school-44fz"), "--out", out, "--as-of", "2027-03-01"])
        #expect(generate.status == 1, "\(generate)")
        #expect(generate.stdoutLines == ["\(out)/vologda-school-44/plan.md"], "the plan is still written")
        #expect(generate.stderr.contains("is damaged"), "\(generate)")
    }

    @Test("1: scores of infinity and 1e300 in two runs make a diff text, not a trap")
    func diffOfExtremeScores() {
        func run(_ total: Double, _ cost: Double) -> RunRecord {
            RunRecord(
                organizationID: "x", organizationName: "X", inventoryFingerprint: "a", catalogFingerprint: "b",
                asOf: ChangesFixtures.firstDate, toolVersion: "1", command: .compare,
                products: [
                    ProductRecord(
                        productID: "p", name: "P", category: "videoconferencing", status: .eligible, rank: 1,
                        fit: total, total: total, threeYearCost: cost, currency: "RUB")
                ], rules: [])
        }
        let text = DiffReport.text(RunDiff(from: run(1e300, -1e300), to: run(.infinity, .nan)), words: .english)
        #expect(text.contains("Changes for x"))
    }

    // MARK: - 13. Terminal escapes read back

    @Test(
        "13: names with terminal escapes and bidi overrides read back never reach the terminal from plan history or plan diff"
    )
    func terminalEscapesReadBack() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.history(in: folder)
        let second = await App.run(
            ["compare", App.example("school-44fz"), "--record", "--out", out, "--as-of", "2027-02-01"])
        try #require(second.status == 0, "\(second)")
        try Self.damage(out + "/.plan-history.sqlite", with: "terminal-names.sql")
        let unsafe: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{202E}", "\u{2066}"]
        for arguments in [
            ["history", "vologda-school-44", "--out", out], ["diff", "vologda-school-44", "--out", out],
            ["diff", "vologda-school-44", "--out", out, "--lang", "ru"],
        ] {
            let run = await App.run(arguments)
            #expect(run.status == 0, "\(run)")
            #expect(!(run.stdout + run.stderr).unicodeScalars.contains { unsafe.contains($0) }, "\(run)")
            if arguments[0] == "diff" {
                #expect(
                    run.stdout.contains("pwned") && run.stdout.contains("School"), "the name is still shown: \(run)")
            }
        }
    }

    // MARK: - 10. Ids that are markup

    @Test("10: rule ids with markup and a forged keep marker never reach the plan")
    func forgedRuleIDs() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.history(in: folder)
        let path = out + "/.plan-history.sqlite"
        try Self.damage(path, with: "forged-rule-id.sql")
        let reference = await App.run(
            ["generate", App.example("school-44fz"), "--stdout", "--no-history", "--as-of", "2027-02-01"])
        try #require(reference.status == 0)

        let run = await App.run(["generate", App.example("school-44fz"), "--out", out, "--as-of", "2027-02-01"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("is damaged (run 1: "), "\(run)")
        #expect(run.stderr.contains("is not a rule id"), "\(run)")
        let plan = try folder.read("plans/vologda-school-44/plan.md")
        #expect(plan == reference.stdout, "the plan is whole, without a changes section")
        #expect(!plan.contains("javascript:") && !plan.contains("<script>") && !plan.contains("<img"))
        #expect(plan.components(separatedBy: "<!-- /plan:keep notes -->").count == 2)

        let diff = await App.run(["diff", "vologda-school-44", "--out", out])
        #expect(diff.status == 1 && diff.stderr.contains("is damaged"), "\(diff)")
    }

    @Test("10: what a history holds is checked field by field")
    func recordProblems() {
        let good = Sample.run()
        #expect(good.problem == nil)
        var forged = good
        forged.rules[0].ruleID = "<!-- plan:keep notes -->"
        #expect(forged.problem == "rule id '<!-- plan:keep notes -->' is not a rule id")
        var product = good
        product.products[0].productID = "[x](javascript:alert(1))"
        #expect(product.problem?.hasSuffix(": not a product id") == true)
        var score = good
        score.products[0].total = .infinity
        #expect(score.problem?.contains("total score inf is not between 0 and 100") == true, "\(score.problem ?? "")")
        var organization = good
        organization.organizationID = "../../etc"
        #expect(organization.problem == "organization id '../../etc' is not a slug")
        // Typed values (schema v2): amounts, currencies, numbers, texts.
        var negative = good
        negative.products[0].setFacts([FactRecord(.costAnnual, .money(-1, currency: "RUB"))])
        #expect(negative.problem?.hasSuffix("fact 'cost.annual' has an amount -1.0 that is not an amount") == true)
        var currency = good
        currency.products[0].setFacts([FactRecord(.price("x"), .price(1, currency: "<b>", model: .perUserYear))])
        #expect(currency.problem?.contains("has a currency '<b>' that is not an ISO 4217 code") == true)
        var long = good
        long.products[0].setFacts([
            FactRecord(.vendorCountry, .country(String(repeating: "x", count: RunRecord.maxTextLength + 1)))
        ])
        #expect(long.problem?.hasSuffix("fact 'vendor.country' is too long") == true)
        var reason = good
        reason.products[0].blockers = [
            BlockerRecord(rule: "REQUIREMENT", reason: Reason(.capabilityAbsent, [PlanParameter("n", .number(.nan))]))
        ]
        #expect(reason.problem?.hasSuffix("a blocker's parameter 'n' is not a finite number") == true)
        var title = good
        title.rules[0].title = LocalizedText(ru: String(repeating: "я", count: RunRecord.maxTextLength), en: "x")
        #expect(title.problem == "a rule title is too long")
    }

    // MARK: - 11. Links and foreign files

    @Test("11: a link planted in place of the default history is refused; --db follows it")
    func plantedLink() async throws {
        let folder = try TemporaryFolder()
        let out = folder.file("plans")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("outside"), withIntermediateDirectories: true)
        let outside = folder.file("outside/evil.sqlite")
        let link = out + "/.plan-history.sqlite"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)

        let run = await App.run(["generate", App.example("school-44fz"), "--out", out] + App.asOf)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdoutLines == ["\(out)/vologda-school-44/plan.md"], "the plan is still written")
        #expect(run.stderr.hasPrefix("error: \(link) is a symbolic link; "), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: outside), "nothing is created outside --out")
        let compare = await App.run(["compare", App.example("school-44fz"), "--record", "--out", out] + App.asOf)
        #expect(compare.status == 1 && compare.stderr.contains("is a symbolic link"), "\(compare)")

        let given = await App.run(["generate", App.example("school-44fz"), "--out", out, "--db", link] + App.asOf)
        #expect(given.status == 0, "\(given)")
        #expect(FileManager.default.fileExists(atPath: outside), "--db is the user's choice")
    }

    @Test("11: a link planted in place of the history's journal is refused too")
    func plantedJournalLink() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.history(in: folder)
        let journal = out + "/.plan-history.sqlite-wal"
        try? FileManager.default.removeItem(atPath: journal)
        try FileManager.default.createSymbolicLink(atPath: journal, withDestinationPath: folder.file("evil-wal"))
        let run = await App.run(["history", "vologda-school-44", "--out", out])
        #expect(run.status == 1 && run.stderr.hasPrefix("error: \(journal) is a symbolic link"), "\(run)")
    }

    @Test("11: another program's SQLite file with a 'runs' table is left byte for byte as it was")
    func foreignDatabase() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        try Self.damage(path, with: "foreign-runs-table.sql")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let message = "error: \(path) is an SQLite database but not a plan history (it holds runs); "
        for arguments in [
            ["compare", App.example("school-44fz"), "--record", "--db", path] + App.asOf,
            ["generate", App.example("school-44fz"), "--out", folder.file("plans"), "--db", path] + App.asOf,
            ["history", "vologda-school-44", "--db", path],
        ] {
            let run = await App.run(arguments)
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.hasPrefix(message), "\(run)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("other") }
        #expect(files == ["other.sqlite"], "no journal left beside it")
    }

    // MARK: - 12. Reading while another run writes

    @Test("12: plan history, plan diff and generate --stdout read while another run holds the write lock")
    func readWhileLocked() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.history(in: folder)
        let second = await App.run(
            ["compare", App.example("school-44fz"), "--record", "--out", out, "--as-of", "2027-02-01"])
        try #require(second.status == 0)
        let holder = try HistoryStore.open(path: out + "/.plan-history.sqlite")
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? holder.holdingWriteLock {
                locked.signal()
                release.wait()
            }
            done.signal()
        }
        locked.wait()
        let history = await App.run(["history", "vologda-school-44", "--out", out])
        let diff = await App.run(["diff", "vologda-school-44", "--out", out])
        let stdout = await App.run(
            ["generate", App.example("school-44fz"), "--out", out, "--stdout", "--as-of", "2027-03-01"])
        release.signal()
        done.wait()
        #expect(history.status == 0 && history.stdoutLines.count == 4, "\(history)")
        #expect(diff.status == 0, "\(diff)")
        #expect(stdout.status == 0 && !stdout.stderr.contains("error"), "\(stdout)")
    }

    @Test("12: a history opened for reading is read-only")
    func readOnlyStore() async throws {
        let folder = try TemporaryFolder()
        let out = try await Self.history(in: folder)
        let store = try HistoryStore.open(path: out + "/.plan-history.sqlite", readOnly: true)
        #expect(try store.runs(organization: "vologda-school-44").count == 1)
        #expect(throws: HistoryError.self) { try store.record(Sample.run()) }
        #expect(throws: HistoryError.self) {
            try HistoryStore.open(path: folder.file("none.sqlite"), readOnly: true)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))
    }
}
