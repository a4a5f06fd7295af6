import Foundation
import Testing

/// `plan generate` and its run history, through the built binary: the changes section after a
/// changed quote, `plan diff` and `plan history` over what it recorded, a damaged history, and
/// eight processes sharing one history file.
@Suite("plan generate with a history (end to end)")
struct GenerateHistoryTests {
    static let heading = "## Что изменилось с прошлого плана"

    /// `Examples/school-44fz.yaml` with another organization id and TrueConf quote.
    static func school(id: String = "vologda-school-44", trueconfQuote: Int = 96000) throws -> String {
        let url = BinaryRunner.packageRoot.appendingPathComponent("Examples/school-44fz.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return
            text
            .replacingOccurrences(of: "  id: vologda-school-44\n", with: "  id: \(id)\n")
            .replacingOccurrences(of: "    annual: 96000\n", with: "    annual: \(trueconfQuote)\n")
    }

    @Test func aChangedQuoteShowsInTheSecondPlanAndInPlanDiff() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inventory = folder.appendingPathComponent("school.yaml")
        let out = folder.appendingPathComponent("plans").path
        let generate = ["generate", "--as-of", "2026-11-29", "--out", out, inventory.path]
        try Self.school().write(to: inventory, atomically: true, encoding: .utf8)
        let first = try BinaryRunner().run(generate)
        #expect(first.exitCode == 0, "\(first)")
        let plan = URL(fileURLWithPath: out + "/vologda-school-44/plan.md")
        #expect(!(try String(contentsOf: plan, encoding: .utf8)).contains(Self.heading))

        try Self.school(trueconfQuote: 150000).write(to: inventory, atomically: true, encoding: .utf8)
        let second = try BinaryRunner().run(generate)
        #expect(second.exitCode == 0, "\(second)")
        let text = try String(contentsOf: plan, encoding: .utf8)
        #expect(
            text.contains(
                Self.heading
                    + "\n\nПрошлый план составлен на ту же дату, 29 ноября 2026 года. Инвентаризация изменилась"))
        #expect(
            text.contains("- TrueConf Server, годовая стоимость: 196\u{202F}000\u{202F}₽ → 250\u{202F}000\u{202F}₽.\n"))

        let diff = try BinaryRunner().run(["diff", "vologda-school-44", "--out", out, "--lang", "en"])
        #expect(diff.exitCode == 0, "\(diff)")
        #expect(diff.stdout.contains("  - The inventory changed ("))
        #expect(diff.stdout.contains("Three-year cost\n  - TrueConf Server (trueconf): 928,000 RUB → 1,090,000 RUB\n"))
        #expect(diff.stdout.contains("  - TrueConf Server (trueconf): annual cost: 196,000 RUB → 250,000 RUB\n"))
        // Without --lang the locale decides.
        let russian = try BinaryRunner().run(
            ["diff", "vologda-school-44", "--out", out], environment: ["LC_ALL": "ru_RU.UTF-8"])
        #expect(russian.exitCode == 0, "\(russian)")
        #expect(russian.stdout.hasPrefix("Изменения для vologda-school-44 "))
        #expect(russian.stdout.contains("  - TrueConf Server (trueconf): годовая стоимость: 196 000 ₽ → 250 000 ₽\n"))

        // The same inputs again: the same bytes, and a third run in the history.
        let third = try BinaryRunner().run(generate)
        #expect(third.exitCode == 0, "\(third)")
        #expect(try String(contentsOf: plan, encoding: .utf8) == text)
        let history = try BinaryRunner().run(["history", "vologda-school-44", "--out", out, "--format", "json"])
        #expect(try Self.runCount(history.stdout) == 3, "\(history)")

        // --no-history: no section and nothing recorded.
        let without = try BinaryRunner().run(
            ["generate", "--no-history", "--as-of", "2026-11-29", "--out", out, inventory.path])
        #expect(without.exitCode == 0, "\(without)")
        #expect(!(try String(contentsOf: plan, encoding: .utf8)).contains(Self.heading))
        let after = try BinaryRunner().run(["history", "vologda-school-44", "--out", out, "--format", "json"])
        #expect(try Self.runCount(after.stdout) == 3)
    }

    @Test func aDamagedHistoryIsReportedAndThePlanStillWritten() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let history = out.appendingPathComponent(".plan-history.sqlite")
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: history)
        let output = try BinaryRunner().run(
            ["generate", "--as-of", "2026-11-29", "--out", out.path, "Examples/school-44fz.yaml"])
        #expect(output.exitCode == 1, "\(output)")
        #expect(output.stdoutLines == ["\(out.path)/vologda-school-44/plan.md"])
        #expect(output.stderrLines.count == 1, "\(output)")
        #expect(output.stderr.hasPrefix("error: \(history.path) is not a plan history"), "\(output)")
        let plan = try String(contentsOf: out.appendingPathComponent("vologda-school-44/plan.md"), encoding: .utf8)
        // The owner line first, then the title.
        #expect(plan.hasPrefix("<!-- plan:organization "))
        #expect(plan.contains("-->\n# План перехода на отечественную видеосвязь"))
        #expect(!plan.contains(Self.heading))
        #expect(try Data(contentsOf: history) == garbage, "the damaged file is left as it is")

        // --db elsewhere works around it.
        let elsewhere = folder.appendingPathComponent("other.sqlite").path
        let retry = try BinaryRunner().run(
            ["generate", "--as-of", "2026-11-29", "--out", out.path, "--db", elsewhere, "Examples/school-44fz.yaml"])
        #expect(retry.exitCode == 0, "\(retry)")
        #expect(FileManager.default.fileExists(atPath: elsewhere))
    }

    @Test func eightProcessesAtOnceRecordEveryRun() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("plans").path
        let ids = (1...8).map { "school-\($0)" }
        for id in ids {
            try Self.school(id: id).write(
                to: folder.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let runner = try BinaryRunner()
        let outputs = Outputs()
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for id in ids {
            group.enter()
            Thread.detachNewThread {
                start.wait()
                let result = Result {
                    try runner.run(
                        [
                            "generate", "--as-of", "2026-11-29", "--out", out,
                            folder.appendingPathComponent("\(id).yaml").path,
                        ],
                        timeout: .seconds(120))
                }
                outputs.append(id, result.map { "\($0.exitCode)\n\($0)" })
                group.leave()
            }
        }
        for _ in ids { start.signal() }
        group.wait()
        for (id, output) in outputs.values.sorted(by: { $0.0 < $1.0 }) {
            let text = try output.get()
            #expect(text.hasPrefix("0\n"), "\(id): \(text)")
        }
        for id in ids {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(id)/plan.md"))
            let history = try runner.run(["history", id, "--out", out, "--format", "json"])
            #expect(history.exitCode == 0, "\(history)")
            #expect(try Self.runCount(history.stdout) == 1, "\(id): \(history)")
        }
    }

    /// The number of runs `plan history --format json` lists.
    static func runCount(_ json: String) throws -> Int {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return (value as? [Any])?.count ?? -1
    }
}

/// Outputs collected from several threads.
final class Outputs: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(String, Result<String, any Error>)] = []

    func append(_ id: String, _ output: Result<String, any Error>) {
        lock.lock()
        items.append((id, output))
        lock.unlock()
    }

    var values: [(String, Result<String, any Error>)] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
