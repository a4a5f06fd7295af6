import Foundation
import Testing

/// `plan catalog list|show|validate` through the built binary.
@Suite struct CatalogCommandTests {
    let plan: BinaryRunner
    init() throws { plan = try BinaryRunner() }

    static let badCatalogs = BinaryRunner.packageRoot.appendingPathComponent(
        "Tests/PlannerCoreTests/Fixtures/catalogs/bad")

    @Test func listsEveryProductInATable() throws {
        let run = try plan.run(["catalog", "list"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdoutLines.first?.hasPrefix("ID ") == true)
        for id in ["zoom", "trueconf", "yandex-telemost", "mts-link", "videomost", "sberjazz", "kontur-talk"] {
            #expect(run.stdoutLines.contains { $0.hasPrefix(id + " ") }, "\(id) missing")
        }
        #expect(run.stdoutLines.allSatisfy { $0.count <= 100 })
    }

    @Test func listsAsJSONFilteredByCategory() throws {
        let run = try plan.run(["catalog", "list", "--category", "videoconferencing", "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count >= 10)
        #expect(array.allSatisfy { $0["category"] as? String == "videoconferencing" })
    }

    @Test func unknownCategoryIsAUsageError() throws {
        let run = try plan.run(["catalog", "list", "--category", "videoconferencng"])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("did you mean 'videoconferencing'?"))
    }

    @Test func showsTrueConfAsJSONWithItsSources() throws {
        let run = try plan.run(["catalog", "show", "trueconf", "--format", "json"])
        #expect(run.exitCode == 0, "\(run)")
        let product = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(product["id"] as? String == "trueconf")
        let vendor = try #require(product["vendor"] as? [String: Any])
        #expect(vendor["country"] as? String == "RU")
        #expect(vendor["source"] is String && vendor["as_of"] is String)
        let registries = try #require(product["registries"] as? [String: [String: Any]])
        #expect(registries["ru_software"]?["listed"] as? Bool == true)
        #expect(registries["ru_software"]?["source"] is String)
        let capabilities = try #require(product["capabilities"] as? [String: [String: Any]])
        #expect(capabilities["deployment.on_premises"]?["value"] as? Bool == true)
    }

    @Test func showsEveryFactWithItsSourceAsText() throws {
        let run = try plan.run(["catalog", "show", "zoom"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("Vendor restrictions:"))
        #expect(run.stdout.contains("zoom-public-sector-ru-cis-2021"))
        #expect(run.stdout.contains("source: "))
    }

    @Test func unknownProductExitsOneWithASuggestion() throws {
        let run = try plan.run(["catalog", "show", "trueconff"])
        #expect(run.exitCode == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("unknown product 'trueconff'; did you mean 'trueconf'?"))
    }

    @Test func validatesTheShippedCatalog() throws {
        let run = try plan.run(["catalog", "validate", "--as-of", "2026-11-29"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.hasPrefix("shipped catalog: OK"))
        #expect(!run.stderr.contains(": error:"))
    }

    @Test(arguments: [
        "bad-rules", "missing-sources", "unknown-capability", "unknown-field", "wrong-types", "syntax-error",
        "id-mismatch",
    ])
    func refusesABrokenCatalogWithLocatedMessages(_ name: String) throws {
        let folder = Self.badCatalogs.appendingPathComponent(name)
        let run = try plan.run(["catalog", "validate", ".", "--as-of", "2026-11-29"], in: folder)
        #expect(run.exitCode == 1, "\(run)")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let ours = run.stderrLines.filter { !$0.hasPrefix("Catalog/") }
        #expect(ours.joined(separator: "\n") + "\n" == expected)
    }

    @Test func aCopiedBinaryWorksAloneFromTheRootFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("plan")
        try FileManager.default.copyItem(at: plan.executable, to: copy)
        let alone = BinaryRunner(executable: copy)
        let run = try Self.runFreshCopy(alone, ["catalog", "list"], in: URL(fileURLWithPath: "/"))
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("trueconf"))
    }
}

extension CatalogCommandTests {
    /// Runs a binary copied a moment ago. While the copy was open for writing, a process that
    /// another test started in parallel may have inherited its descriptor for the instant
    /// between fork and exec; running the copy then fails with ETXTBSY ("Text file busy"), a
    /// race of the test harness, not of `plan`. Such a start is retried (up to 20 times, 50 ms
    /// apart); any other failure is thrown at once.
    static func runFreshCopy(_ runner: BinaryRunner, _ arguments: [String], in directory: URL) throws
        -> BinaryRunner.Output
    {
        var attempt = 0
        while true {
            do {
                return try runner.run(arguments, in: directory)
            } catch {
                attempt += 1
                let busy = (error as NSError).code == Int(ETXTBSY) || "\(error)".contains("busy")
                guard busy, attempt < 20 else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }
}

extension BinaryRunner {
    /// A runner for an executable at a given path (e.g. a copy of the built binary).
    init(executable: URL) {
        self.executable = executable
    }
}
