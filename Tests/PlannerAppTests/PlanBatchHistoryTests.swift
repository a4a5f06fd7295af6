import Foundation
import PlannerApp
import PlannerCore
import PlannerRender
import TestSupport
import Testing

@testable import PlannerStore

/// `PlanBatch` with a real SQLite history in a temporary file: the section "Changes since the
/// last plan", the runs it records, and what it does when the history fails.
@Suite("Plan batch with a history")
struct PlanBatchHistoryTests {
    static let ruHeading = "## Что изменилось с прошлого плана"

    @Test("A first plan has no changes section; the same inputs again give the same bytes and a second run")
    func firstPlanAndSameInputs() async throws {
        let folder = try TemporaryFolder()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        let store = try HistoryStore.open(path: folder.file("history.sqlite"))
        let batch = ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: store)

        let first = await ChangesFixtures.run(batch, [folder.file("school-44fz.yaml")])
        #expect(first.succeeded)
        let written = try folder.read("plans/vologda-school-44/plan.md")
        #expect(!written.contains(Self.ruHeading))
        #expect(first.results.first?.run?.id == 1)
        #expect(first.results.first?.generated?.changes == nil)

        let second = await ChangesFixtures.run(batch, [folder.file("school-44fz.yaml")])
        #expect(second.succeeded)
        #expect(try folder.read("plans/vologda-school-44/plan.md") == written)
        let runs = try store.runs(of: "vologda-school-44")
        #expect(runs.map(\.id) == [2, 1])
        #expect(runs.allSatisfy { $0.command == .generate && $0.asOf == ChangesFixtures.firstDate })
        // The same inputs: no earlier plan to compare with.
        #expect(try store.lastPlan(before: runs[0]) == nil)
    }

    @Test(
        "A changed quote and a later as-of: the section and the diff show the cost, the law and the new recommendation")
    func changedQuoteAndLaterDate() async throws {
        let folder = try TemporaryFolder()
        let file = folder.file("school-44fz.yaml")
        let store = try HistoryStore.open(path: folder.file("history.sqlite"))
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        _ = await ChangesFixtures.run(
            ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: store), [file])

        try folder.write(try ChangesFixtures.schoolInventory(trueconfQuote: 150000), to: "school-44fz.yaml")
        let later = ChangesFixtures.batch(asOf: ChangesFixtures.laterDate, folder: folder, history: store)
        let (results, succeeded) = await ChangesFixtures.run(later, [file])
        #expect(succeeded)
        let plan = try folder.read("plans/vologda-school-44/plan.md")
        let section = try #require(ChangesFixtures.section(of: plan))
        // The new leader is whichever product the catalog ranks first once TrueConf is barred.
        let diff = try #require(results.first?.generated?.changes)
        let leader = try #require(diff.leaders.first)
        let newName = try #require(leader.toName)
        #expect(section.contains("по данным на 29 ноября 2026 года, этот — на 1 февраля 2027 года"))
        #expect(section.contains("Инвентаризация изменилась, каталог продуктов и норм тот же."))
        #expect(
            section.contains("**Рекомендация изменилась:** теперь ") && section.contains(" вместо TrueConf Server."))
        #expect(
            section.contains(
                "- **Тестовая норма: запрет продуктов из реестра** (TEST-REGISTER-BAN): вступила в силу 1 января 2027 года, нарушение исключает продукт."
            ))
        #expect(
            section.contains(
                "- **TrueConf Server**: теперь исключён (в прошлом плане подходил); причина: «Тестовая норма: запрет продуктов из реестра»."
            ))
        #expect(section.contains(" → 1-е место."))
        #expect(
            section.contains("- TrueConf Server: 928\u{202F}000\u{202F}₽ → 1\u{202F}090\u{202F}000\u{202F}₽ (дороже на")
        )
        #expect(
            section.contains("- TrueConf Server, годовая стоимость: 196\u{202F}000\u{202F}₽ → 250\u{202F}000\u{202F}₽.")
        )
        #expect(!section.contains("run") && !section.contains("0.1.0"), "no run ids or versions")
        // The section sits right after the summary.
        let headings = plan.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(
            Array(headings.prefix(3)) == ["## Кратко", "## Что изменилось с прошлого плана", "## Правовые ограничения"])

        // The same changes in the diff the plan was made from, and in `plan diff`'s text.
        #expect(diff.inventoryChanged && !diff.catalogChanged)
        // The shipped RU-REGISTER-OS-COMPAT-2027 (from 2027-01-01) comes into force between the
        // two dates as well.
        #expect(diff.rules.map(\.ruleID) == ["RU-REGISTER-OS-COMPAT-2027", "TEST-REGISTER-BAN"])
        #expect(diff.leaders.count == 1 && leader.fromProductID == "trueconf" && leader.toProductID != "trueconf")
        #expect(diff.costs.map(\.productID) == ["trueconf"])
        let annual = FactRecord(.costAnnual, .money(250_000, currency: "RUB"))
        #expect(diff.facts.contains { $0.productID == "trueconf" && $0.subject == .costAnnual && $0.to == annual })
        let runs = try store.runs(of: "vologda-school-44")
        #expect(runs.count == 2)
        let stored = RunDiff(from: runs[1], to: runs[0])
        #expect(stored.rules == diff.rules && stored.costs == diff.costs && stored.leaders == diff.leaders)
        #expect(stored.facts == diff.facts, "typed facts read back as they were recorded")
        let text = DiffReport.text(stored, words: .english)
        #expect(text.contains("TrueConf Server (trueconf) → \(newName) (\(leader.toProductID ?? ""))"))
        #expect(text.contains("TEST-REGISTER-BAN \"Test rule: products of the register are barred\" came into force"))
        #expect(text.contains("TrueConf Server (trueconf): 928,000 RUB → 1,090,000 RUB"))

        // Generating again with these inputs skips the run with the same inputs: same bytes.
        _ = await ChangesFixtures.run(later, [file])
        #expect(try folder.read("plans/vologda-school-44/plan.md") == plan)
        #expect(try store.runs(of: "vologda-school-44").count == 3)
    }

    @Test("The English section reads the same changes")
    func english() async throws {
        let folder = try TemporaryFolder()
        let file = folder.file("school-44fz.yaml")
        let history = try HistoryStore.inMemory()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        func batch(_ date: CalendarDate) -> PlanBatch {
            PlanBatch(
                generator: ChangesFixtures.generator(asOf: date),
                loader: InventoryLoader(catalog: ChangesFixtures.catalog, asOf: date),
                writer: PlanWriter(directory: folder.file("plans")), language: .en, history: history,
                toolVersion: "0.1.0-test")
        }
        _ = await ChangesFixtures.run(batch(ChangesFixtures.firstDate), [file])
        _ = await ChangesFixtures.run(batch(ChangesFixtures.laterDate), [file])
        let section = try #require(ChangesFixtures.section(of: try folder.read("plans/vologda-school-44/plan.md")))
        #expect(
            section.hasPrefix(
                "## Changes since the last plan\n\nThe last plan was made as of 29 November 2026; this one as of 1 February 2027. The inventory is the same; the catalog of products and rules is the same."
            ))
        #expect(
            section.contains("**The recommendation has changed:** ") && section.contains(" instead of TrueConf Server.")
        )
        #expect(section.contains("came into force on 1 January 2027; breaking it excludes a product."))
        #expect(!section.contains("{{") && MarkdownTable.brokenRows(in: section).isEmpty)
    }

    @Test("Inputs that differ without changing the outcome say so")
    func noOutcomeChange() async throws {
        let folder = try TemporaryFolder()
        let file = folder.file("school-44fz.yaml")
        let history = try HistoryStore.inMemory()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        let batch = ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: history)
        _ = await ChangesFixtures.run(batch, [file])
        // A comment changes the inventory's bytes, not its meaning.
        try folder.write(try ChangesFixtures.schoolInventory() + "# reviewed\n", to: "school-44fz.yaml")
        _ = await ChangesFixtures.run(batch, [file])
        let section = try #require(ChangesFixtures.section(of: try folder.read("plans/vologda-school-44/plan.md")))
        #expect(
            section == """
                ## Что изменилось с прошлого плана

                Прошлый план составлен на ту же дату, 29 ноября 2026 года. Инвентаризация изменилась, каталог продуктов и норм тот же.

                Исход не изменился: те же нормы, допуск продуктов, места, оценки, стоимость и факты.

                """)
    }

    @Test("Without a history there is no section and nothing is recorded")
    func noHistory() async throws {
        let folder = try TemporaryFolder()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        let batch = ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: nil)
        let (results, succeeded) = await ChangesFixtures.run(batch, [folder.file("school-44fz.yaml")])
        #expect(succeeded)
        #expect(results.first?.run?.id == nil)
        #expect(!(try folder.read("plans/vologda-school-44/plan.md")).contains(Self.ruHeading))
    }

    @Test("A history that fails: every plan is written, the error is reported once, the batch fails")
    func failingHistory() async throws {
        let folder = try TemporaryFolder()
        let files = try ["school-44fz.yaml", "state-company-kii.yaml", "private-firm.yaml"].map { name in
            try folder.write(
                String(
                    contentsOf: RenderFixtures.packageRoot.appendingPathComponent("Examples/" + name), encoding: .utf8),
                to: name)
            return folder.file(name)
        }
        let history = FailingHistory()
        let batch = ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: history)
        let (results, succeeded) = await ChangesFixtures.run(batch, files)
        #expect(!succeeded)
        #expect(results.allSatisfy { $0.path != nil })
        let errors = results.flatMap(\.diagnostics).filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["the history broken.sqlite is damaged"])
        #expect(history.calls.value <= 3, "the history is left alone once it failed: no record after a failed lookup")
    }

    @Test("A history locked by another process: the plan is written, the lock is reported once, the batch fails")
    func lockedHistory() async throws {
        let folder = try TemporaryFolder()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        let path = folder.file("history.sqlite")
        let holder = try HistoryStore.open(path: path)
        let store = try HistoryStore.open(path: path, busyTimeout: 0.2)
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
        let batch = ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: store)
        let (results, succeeded) = await ChangesFixtures.run(batch, [folder.file("school-44fz.yaml")])
        release.signal()
        done.wait()
        #expect(!succeeded)
        #expect(results.first?.path != nil)
        let errors = results.flatMap(\.diagnostics).filter { $0.severity == .error }.map(\.message)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("the history \(path) stayed locked by another process") == true, "\(errors)")
        #expect(try store.runs(of: "vologda-school-44").isEmpty)
    }

    @Test("Two inventories with one organization id: only the first is written and recorded")
    func duplicateIDs() async throws {
        let folder = try TemporaryFolder()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "a.yaml")
        try folder.write(try ChangesFixtures.schoolInventory(trueconfQuote: 150000), to: "b.yaml")
        let store = try HistoryStore.inMemory()
        let batch = ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: store)
        let (results, succeeded) = await ChangesFixtures.run(batch, [folder.file("a.yaml"), folder.file("b.yaml")])
        #expect(!succeeded)
        #expect(results.map { $0.path != nil } == [true, false])
        #expect(results[1].diagnostics.contains { $0.message.contains("is also the id of \(folder.file("a.yaml"))") })
        let runs = try store.runs(of: "vologda-school-44")
        #expect(runs.count == 1)
        #expect(runs.first?.inventoryFingerprint == results[0].run?.inventoryFingerprint)
    }
}

/// The golden plan that only a batch with a history makes; `PLAN_RECORD_GOLDEN=1 swift test
/// --filter Golden` re-records it with the others.
@Suite("Golden plan with a changes section")
struct PlanBatchGoldenTests {
    /// The school's plan as of 2027-02-01 after one as of 2026-11-29, with TrueConf's quote
    /// raised and a rule in force from 2027-01-01 (`ChangesFixtures`): every part of the
    /// section that this change touches, byte for byte.
    @Test("Golden plan with a changes section (ru)")
    func golden() async throws {
        let folder = try TemporaryFolder()
        let file = folder.file("school-44fz.yaml")
        let history = try HistoryStore.inMemory()
        try folder.write(try ChangesFixtures.schoolInventory(), to: "school-44fz.yaml")
        _ = await ChangesFixtures.run(
            ChangesFixtures.batch(asOf: ChangesFixtures.firstDate, folder: folder, history: history), [file])
        try folder.write(try ChangesFixtures.schoolInventory(trueconfQuote: 150000), to: "school-44fz.yaml")
        _ = await ChangesFixtures.run(
            ChangesFixtures.batch(asOf: ChangesFixtures.laterDate, folder: folder, history: history), [file])
        let plan = try folder.read("plans/vologda-school-44/plan.md")
        #expect(MarkdownTable.brokenRows(in: plan).isEmpty)
        #expect(try KeepBlocks.parse(plan).get().contains { $0.name == "notes" })
        try GoldenFile.check(plan, name: "school-44fz.changes.ru.md")
    }
}

/// A history whose every call fails, counting the calls.
final class FailingHistory: RunHistory, @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "the history broken.sqlite is damaged" }
    }

    let calls = Counter()

    func runs(of organization: String) throws -> [RunRecord] {
        calls.increment()
        throw Failure()
    }

    func record(_ run: RunRecord) throws -> Int64 {
        calls.increment()
        throw Failure()
    }
}

/// A counter shared between tasks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
