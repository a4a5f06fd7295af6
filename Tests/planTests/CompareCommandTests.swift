import Foundation
import Testing

/// `plan compare` and `plan explain` through the built binary, on every shipped example.
@Suite struct CompareCommandTests {
    let plan: BinaryRunner
    init() throws { plan = try BinaryRunner() }

    static let examples = ["school-44fz", "university-gis", "state-company-kii", "private-firm", "kz-state-body"]

    /// `plan compare --format json` of an example, parsed.
    func compare(_ example: String, _ extra: [String] = []) throws -> [String: Any] {
        let run = try plan.run(
            ["compare", "Examples/\(example).yaml", "--format", "json", "--as-of", "2026-11-29", "--no-history"] + extra
        )
        #expect(run.exitCode == 0, "\(run)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test(arguments: examples)
    func statusesAndRanksFollowTheRules(_ example: String) throws {
        let json = try compare(example)
        let options = try #require(json["options"] as? [[String: Any]])
        #expect(!options.isEmpty)
        var ranked: [Int] = []
        var seenExcluded = false
        for option in options {
            let status = try #require(option["status"] as? String)
            #expect(["eligible", "conditional", "excluded"].contains(status))
            #expect(option["eligible"] as? Bool == (status != "excluded"))
            if status == "excluded" {
                seenExcluded = true
                #expect(option["rank"] is NSNull)
                let blockers = try #require(option["blockers"] as? [[String: Any]])
                #expect(!blockers.isEmpty, "an excluded option names what excludes it")
                #expect(blockers.allSatisfy { $0["rule"] is String && $0["message"] is String })
            } else {
                #expect(!seenExcluded, "ranked options come before excluded ones")
                ranked.append(try #require(option["rank"] as? Int))
            }
        }
        // One category in every example: ranks run 1, 2, 3 … in order.
        #expect(ranked == Array(1..<(ranked.count + 1)))
    }

    @Test func aMunicipalSchoolMayNotBuyZoom() throws {
        let options = try #require(try compare("school-44fz")["options"] as? [[String: Any]])
        let zoom = try #require(options.first { $0["product"] as? String == "zoom" })
        #expect(zoom["status"] as? String == "excluded")
        let rules = (zoom["blockers"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.contains("RU-1875-NATIONAL-REGIME"))
        #expect(rules.contains("VENDOR-RESTRICTION"))
    }

    @Test func aKazakhStateBodyIsReachedByZoomsRestrictionOnly() throws {
        let options = try #require(try compare("kz-state-body")["options"] as? [[String: Any]])
        let zoom = try #require(options.first { $0["product"] as? String == "zoom" })
        let rules = (zoom["blockers"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.contains("VENDOR-RESTRICTION"))
        #expect(!rules.contains { $0.hasPrefix("RU-") })
    }

    @Test func productsFilterWhatIsShownAndAnUnknownIDIsAUsageError() throws {
        let options = try #require(
            try compare("school-44fz", ["--products", "trueconf,zoom"])["options"] as? [[String: Any]])
        #expect(options.compactMap { $0["product"] as? String }.sorted() == ["trueconf", "zoom"])
        let run = try plan.run(["compare", "Examples/school-44fz.yaml", "--products", "trueconff", "--no-history"])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("did you mean 'trueconf'?"))
    }

    @Test func theTableHasNoColourWithNoColorAndFits100Columns() throws {
        let run = try plan.run(["compare", "Examples/school-44fz.yaml", "--as-of", "2026-11-29", "--no-history"])
        #expect(run.exitCode == 0, "\(run)")
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdoutLines.allSatisfy { $0.count <= 100 })
        #expect(run.stdout.contains("RU-1875-NATIONAL-REGIME"))
        #expect(run.stdout.contains("Исключены:"), "in the inventory's plan.language")
    }

    @Test func aBrokenInventoryExitsOneWithLocatedMessages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try Data("schema: 1\norganization: {name: X}\nservices: []\n".utf8).write(to: file)
        let run = try plan.run(["compare", file.path, "--no-history"])
        #expect(run.exitCode == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.allSatisfy { $0.hasPrefix(file.path + ":") })
    }

    @Test func explainAccountsForTheTotal() throws {
        let run = try plan.run([
            "explain", "Examples/school-44fz.yaml", "trueconf", "--as-of", "2026-11-29", "--lang", "en",
        ])
        #expect(run.exitCode == 0, "\(run)")
        for section in ["Rules and requirements", "Cost", "Scores", "RU-1875-NATIONAL-REGIME", "REQUIREMENT"] {
            #expect(run.stdout.contains(section), "missing \(section)")
        }
        let unknown = try plan.run(["explain", "Examples/school-44fz.yaml", "truconf"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("'trueconf'"))
    }
}
